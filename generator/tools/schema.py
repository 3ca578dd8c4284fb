"""JSON Schemas of the two file kinds, so editors validate while curators type."""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from generator.corpus.model import Briefing, RegistryFile

SCHEMAS: dict[str, type[BaseModel]] = {"briefing.schema.json": Briefing, "registry.schema.json": RegistryFile}


def schema_text(model: type[BaseModel]) -> str:
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, model in SCHEMAS.items():
        path = folder / name
        path.write_text(schema_text(model), encoding="utf-8")
        written.append(path)
    return written

#!/usr/bin/env python3
"""Write a real response as the example of every GET operation's 200 JSON response in openapi.yaml.

    python3 src/tools/contract_examples.py http://localhost:8080 [--openapi openapi.yaml] [--api-key KEY]

Lists are fetched with a small `limit`; an item, or a nested list such as /v1/certifications/{code}/programs,
with a key taken from its parent list (the first entry whose own response is not an empty list). Required query
parameters take the contract's own example. Every array in an example is cut to a few entries, so a list shows
two items and an item its first sources. Operations that need a key are skipped without --api-key.

Only the `example:` of each `200` -> `content` -> `application/json` changes (inserted after the schema, or
replaced where one is there): every other byte of the file stays as it is, and a second run against the same
data changes nothing. PyYAML reads the contract and writes the examples in the file's own block style.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import yaml

LIST_LIMIT = 2
MOST_ARRAY_ENTRIES = 3
PARENT_CANDIDATES = 20
DUMP_WIDTH = 120


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base_url", help="the running server, e.g. http://localhost:8080")
    parser.add_argument("--openapi", default="openapi.yaml", type=Path, help="the contract to edit in place")
    parser.add_argument("--api-key", help="an admin key, for the operations that need one")
    args = parser.parse_args()

    text = args.openapi.read_bytes().decode("utf-8")  # bytes: line endings stay as they are
    contract = yaml.safe_load(text)
    server = Server(args.base_url.rstrip("/"), args.api_key)
    examples = collect_examples(contract, server)
    updated = write_examples(text, examples)
    if updated != text:
        args.openapi.write_bytes(updated.encode("utf-8"))
    print(f"{len(examples)} examples written, {'changed' if updated != text else 'no change'}", file=sys.stderr)
    return 0


class Server:
    def __init__(self, base_url: str, api_key: str | None):
        self.base_url = base_url
        self.api_key = api_key

    def get(self, path: str, query: dict[str, object]) -> object:
        url = self.base_url + urllib.parse.quote(path) + (
            "?" + urllib.parse.urlencode(query, doseq=True) if query else "")
        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        if self.api_key:
            request.add_header("Authorization", f"Bearer {self.api_key}")
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)


def collect_examples(contract: dict, server: Server) -> dict[str, object]:
    """The example for each GET path whose 200 response has JSON content, by path."""
    examples: dict[str, object] = {}
    for path, item in contract.get("paths", {}).items():
        operation = item.get("get")
        if operation is None or "application/json" not in json_200(operation):
            continue
        if operation.get("security") and not server.api_key:
            print(f"skipped {path}: it needs a key (--api-key)", file=sys.stderr)
            continue
        try:
            example = fetch_example(contract, server, path, operation)
        except (urllib.error.URLError, LookupError) as problem:
            print(f"skipped {path}: {problem}", file=sys.stderr)
            continue
        examples[path] = trim(example)
    return examples


def json_200(operation: dict) -> dict:
    return operation.get("responses", {}).get("200", {}).get("content", {})


def fetch_example(contract: dict, server: Server, path: str, operation: dict) -> object:
    query = example_query(contract, operation)
    names = re.findall(r"\{([^}]+)}", path)
    if not names:
        return server.get(path, query)
    # The key comes from the list the path stands under: /v1/occupations/{soc}/salaries takes an occupation's soc.
    name = names[0]
    parent = path[:path.index("{" + name + "}")].rstrip("/")
    listing = server.get(parent, {"limit": PARENT_CANDIDATES})
    keys = [entry[name] for entry in listing.get("items", []) if entry.get(name) is not None]
    if not keys:
        raise LookupError(f"no {name} in the items of {parent}")
    response = None
    for key in keys:
        response = server.get(path.replace("{" + name + "}", str(key)), query)
        if not (isinstance(response, dict) and response.get("items") == []):
            break
    return response


def example_query(contract: dict, operation: dict) -> dict[str, object]:
    query: dict[str, object] = {}
    for parameter in operation.get("parameters", []):
        parameter = resolve(contract, parameter)
        if parameter.get("in") != "query":
            continue
        if parameter["name"] == "limit":
            query["limit"] = LIST_LIMIT
        elif parameter.get("required"):
            schema = parameter.get("schema", {})
            value = parameter.get("example", schema.get("example", schema.get("default")))
            if value is None:
                raise LookupError(f"the required parameter {parameter['name']} has no example")
            query[parameter["name"]] = value
    return query


def resolve(contract: dict, node: dict) -> dict:
    while "$ref" in node:
        target = contract
        for part in node_path(node["$ref"]):
            target = target[part]
        node = target
    return node


def node_path(ref: str) -> list[str]:
    return [part.replace("~1", "/").replace("~0", "~") for part in ref.removeprefix("#/").split("/")]


def trim(value: object) -> object:
    """Every array cut to its first few entries, so that an example stays readable."""
    if isinstance(value, list):
        return [trim(entry) for entry in value[:MOST_ARRAY_ENTRIES]]
    if isinstance(value, dict):
        return {key: trim(entry) for key, entry in value.items()}
    return value


# ---- the line editor: finds each block by its key and indentation, touches nothing else ----

def write_examples(text: str, examples: dict[str, object]) -> str:
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    # From the end of the file, so that an edit does not move the blocks still to edit.
    edits = []
    for path, example in examples.items():
        media = locate(lines, [("paths", 0), (path, 2), ("get", 4), ("responses", 6), ("200", 8),
                               ("content", 10), ("application/json", 12)])
        if media is None:
            print(f"skipped {path}: no 200 application/json block in the file's layout", file=sys.stderr)
            continue
        edits.append((media, example))
    for (start, end), example in sorted(edits, key=lambda edit: edit[0][0], reverse=True):
        indent = indent_of(lines[start]) + 2
        block = example_block(example, indent, newline)
        existing = child(lines, start + 1, end, indent, "example")
        if existing is None:
            lines[end:end] = block
        else:
            lines[existing[0]:existing[1]] = block
    return "".join(lines)


def locate(lines: list[str], keys: list[tuple[str, int]]) -> tuple[int, int] | None:
    start, end = 0, len(lines)
    for key, indent in keys:
        found = child(lines, start, end, indent, key)
        if found is None:
            return None
        start, end = found[0] + 1, found[1]
    return start - 1, end


def child(lines: list[str], start: int, end: int, indent: int, key: str) -> tuple[int, int] | None:
    """The line of `key:` at this indentation between start and end, and the end of its block."""
    spellings = {f"{key}:", f"'{key}':", f'"{key}":'}
    for index in range(start, end):
        line = lines[index]
        if indent_of(line) == indent and not line.strip().startswith("- ") and (
                line.strip() in spellings or any(line.strip().startswith(s + " ") for s in spellings)):
            return index, block_end(lines, index, end)
    return None


def block_end(lines: list[str], start: int, end: int) -> int:
    """The first line after start that is back at or left of its indentation (a `- ` entry at it belongs to it)."""
    indent = indent_of(lines[start])
    for index in range(start + 1, end):
        line = lines[index]
        if not line.strip():
            continue
        if indent_of(line) < indent or (indent_of(line) == indent and not line.lstrip().startswith("- ")):
            return trailing_blank_start(lines, start, index)
    return trailing_blank_start(lines, start, end)


def trailing_blank_start(lines: list[str], start: int, end: int) -> int:
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def example_block(example: object, indent: int, newline: str) -> list[str]:
    dumped = yaml.safe_dump(example, default_flow_style=False, sort_keys=False, allow_unicode=True,
                            width=DUMP_WIDTH - indent - 2)
    if not isinstance(example, (dict, list)) or not example:
        return [" " * indent + "example: " + dumped.strip().removesuffix("...").strip() + newline]
    body = [" " * (indent + 2) + line if line else line for line in dumped.splitlines()]
    return [" " * indent + "example:" + newline] + [line + newline for line in body]


if __name__ == "__main__":
    sys.exit(main())

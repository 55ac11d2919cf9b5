"""A contract test in Python with the same schema document (jsonschema 4.18+, regex).

    python3 packages/json-schema/examples/contract_test.py

Python's `re` has no \\p{...} classes, so the `pattern` keyword is checked with the `regex` module
(ECMA-262 `u`-flag semantics for the patterns of this contract). `minLength`/`maxLength` count code
points in Python, as the contract wants.
"""
import json
import pathlib
import sys

import regex
from jsonschema import Draft202012Validator, ValidationError, validators
from referencing import Registry, Resource

# In a consumer: node_modules/@ota-contract/json-schema/dist/strict.gen.json
DOCUMENT = pathlib.Path(__file__).resolve().parent.parent / "src" / "strict.gen.json"


def pattern(validator, patrn, instance, schema):
    if validator.is_type(instance, "string") and not regex.search(patrn, instance):
        yield ValidationError(f"{instance!r} does not match {patrn!r}")


ContractValidator = validators.extend(Draft202012Validator, {"pattern": pattern})

document = json.loads(DOCUMENT.read_text())
registry = Registry().with_resource(document["$id"], Resource.from_contents(document))


def validator_of(definition):
    return ContractValidator({"$ref": f"{document['$id']}#/$defs/{definition}"}, registry=registry)


response = validator_of("GetOTAUpdateResponse")
cases = [
    ('{"otaUpdateInfo":{"otaUpdateId":"fw-2024-06","description":"June firmware \U0001F680","creationDate":1717243200.123}}', True),
    ('{"otaUpdateInfo":{"description":"line one\\nline two"}}', False),
    ('{"otaUpdateInfo":{"otaUpdateFiles":[{"fileType":256}]}}', False),
    ('{"otaUpdateInfo":{"otaUpdateStatus":"SOME_FUTURE_STATUS"}}', False),
]
failed = 0
for text, expected in cases:
    errors = [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in response.iter_errors(json.loads(text))]
    print(("valid" if not errors else "invalid"), text, *errors, sep="\n  ")
    failed += (not errors) != expected
sys.exit(1 if failed else 0)

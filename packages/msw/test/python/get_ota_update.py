"""A real non-JS client of the mock server: boto3 calls GetOTAUpdate over HTTP.

Usage: python3 get_ota_update.py <endpoint> <seeded-id>

Prints one JSON report on stdout: the seeded update as boto3 parsed it (datetimes as epoch
milliseconds, bytes as base64, with their Python types), a ResourceNotFoundException, a
ThrottlingException forced through the mock's control route, and an InvalidRequestException.
Exits non-zero with a message when boto3 cannot be imported.
"""

import base64
import datetime
import json
import sys
import urllib.request

try:
    import boto3
    import botocore
    from botocore.config import Config
    from botocore.exceptions import ClientError
except ImportError as error:  # the vitest runner probes `import boto3` first; this is for manual runs
    print(f"boto3 is not importable by {sys.executable}: {error}", file=sys.stderr)
    sys.exit(3)


def plain(value):
    """JSON-ready copy of a boto3 value, recording the Python type of datetimes and bytes."""
    if isinstance(value, datetime.datetime):
        return {"$datetime": round(value.timestamp() * 1000), "aware": value.tzinfo is not None}
    if isinstance(value, (bytes, bytearray)):
        return {"$bytes": base64.b64encode(value).decode("ascii")}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def error_report(error, client):
    modeled = [name for name in ("ResourceNotFoundException", "ThrottlingException", "InvalidRequestException")
               if isinstance(error, getattr(client.exceptions, name))]
    return {
        "code": error.response["Error"]["Code"],
        "message": error.response["Error"]["Message"],
        "status": error.response["ResponseMetadata"]["HTTPStatusCode"],
        "requestId": error.response["ResponseMetadata"].get("RequestId"),
        "modeledClass": modeled,
    }


def call(client, ota_update_id):
    try:
        return {"ok": plain(client.get_ota_update(otaUpdateId=ota_update_id)["otaUpdateInfo"])}
    except ClientError as error:
        return {"error": error_report(error, client)}


def control(endpoint, route, body):
    request = urllib.request.Request(f"{endpoint}/__mock/{route}", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return response.status


def main(endpoint, seeded_id):
    client = boto3.client(
        "iot",
        endpoint_url=endpoint,
        region_name="us-east-1",
        aws_access_key_id="AKIDEXAMPLE",
        aws_secret_access_key="mock-secret",
        # One attempt: botocore would retry a throttle, hiding the forced failure.
        config=Config(retries={"total_max_attempts": 1, "mode": "standard"}),
    )
    report = {"python": sys.executable, "boto3": boto3.__version__, "botocore": botocore.__version__}
    report["seeded"] = call(client, seeded_id)
    report["notFound"] = call(client, "no-such-update")
    report["controlStatus"] = control(endpoint, "failures", {"error": "ThrottlingException", "message": "slow down"})
    report["throttled"] = call(client, seeded_id)
    report["afterThrottle"] = "ok" in call(client, seeded_id)
    report["invalid"] = call(client, "not valid!")
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

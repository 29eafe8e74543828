"""The contributions table: what people said, keyed by campaign then contribution id."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable, Iterator


from purpose.clients.aws import table
from purpose.dal.errors import store_errors
from purpose.dal.items import from_item, to_item
from purpose.errors import ConflictError, StoreError
from purpose.models.contribution import Contribution

BATCH_SIZE = 25  # BatchWriteItem's maximum


class ContributionStore:
    def __init__(self, table_name: str, *, sleep: Callable[[float], None] = time.sleep) -> None:
        self._name = table_name
        self._table = table(table_name)
        self._sleep = sleep
        self.requests = 0  # DynamoDB requests made, for the benchmarks

    def add_contribution(self, contribution: Contribution) -> bool:
        """Store it unless a contribution with the same id exists; False means it was already there."""
        item = _item(contribution)
        self.requests += 1
        try:
            with store_errors("saving the contribution"):
                self._table.put_item(Item=item, ConditionExpression="attribute_not_exists(pk)")
        except ConflictError:
            return False
        return True

    def stored_by(self, campaign_id: str, ids: Iterable[str]) -> dict[str, str | None]:
        """Which of these ids are stored already, and by which upload (BatchGetItem, 100 at a time)."""
        ids = list(dict.fromkeys(ids))
        found: dict[str, str | None] = {}
        for start in range(0, len(ids), 100):
            keys = [{"pk": campaign_id, "sk": i} for i in ids[start:start + 100]]
            request = {self._name: {"Keys": keys, "ProjectionExpression": "sk, upload_id"}}
            attempt = 0
            while request:
                self.requests += 1
                with store_errors("checking for duplicates"):
                    answer = self._table.meta.client.batch_get_item(RequestItems=request)
                found.update({i["sk"]: i.get("upload_id") for i in answer["Responses"].get(self._name, [])})
                request = answer.get("UnprocessedKeys") or {}
                attempt = self._backoff(attempt, bool(request))
        return found

    def add_contributions(self, contributions: list[Contribution]) -> None:
        """BatchWriteItem in 25s; unprocessed items are retried with backoff and full jitter."""
        for start in range(0, len(contributions), BATCH_SIZE):
            pending = [{"PutRequest": {"Item": _item(c)}} for c in contributions[start:start + BATCH_SIZE]]
            attempt = 0
            while pending:
                self.requests += 1
                with store_errors("saving contributions"):
                    answer = self._table.meta.client.batch_write_item(RequestItems={self._name: pending})
                pending = answer.get("UnprocessedItems", {}).get(self._name, [])
                attempt = self._backoff(attempt, bool(pending))

    def _backoff(self, attempt: int, more: bool) -> int:
        if not more:
            return 0
        if attempt >= 8:
            raise StoreError("DynamoDB kept refusing part of a batch", retryable=True)
        self._sleep(random.uniform(0, min(5.0, 0.05 * 2 ** attempt)))
        return attempt + 1

    def get_contribution(self, campaign_id: str, contribution_id: str) -> Contribution | None:
        with store_errors("reading the contribution"):
            item = self._table.get_item(Key={"pk": campaign_id, "sk": contribution_id}).get("Item")
        return _contribution(item) if item else None

    def list_contributions(self, campaign_id: str) -> Iterator[Contribution]:
        start = None
        while True:
            extra = {"ExclusiveStartKey": start} if start else {}
            with store_errors("listing contributions"):
                page = self._table.query(KeyConditionExpression=_key("pk").eq(campaign_id), **extra)
            for item in page["Items"]:
                yield _contribution(item)
            start = page.get("LastEvaluatedKey")
            if not start:
                return

    def save_changes(self, contribution: Contribution, fields: Iterable[str]) -> None:
        """Write back the named fields of a stored contribution."""
        fields = list(fields)
        stored = contribution.model_dump(mode="json")
        values = {f":v{i}": to_item(stored[f]) for i, f in enumerate(fields)}
        names = {f"#f{i}": f for i, f in enumerate(fields)}
        with store_errors("updating the contribution"):
            self._table.update_item(
                Key={"pk": contribution.campaign_id, "sk": contribution.id},
                UpdateExpression="SET " + ", ".join(f"#f{i} = :v{i}" for i in range(len(fields))),
                ExpressionAttributeNames=names, ExpressionAttributeValues=values,
                ConditionExpression="attribute_exists(pk)",
            )


def _item(contribution: Contribution) -> dict:
    return to_item({**contribution.model_dump(mode="json"), "pk": contribution.campaign_id, "sk": contribution.id})


def _contribution(item: dict) -> Contribution:
    return Contribution.model_validate(from_item(item))




def _key(name: str):
    from boto3.dynamodb.conditions import Key  # imported with boto3, on first use

    return Key(name)

"""Personal data kept apart from what people wrote: follow-up contacts and subscribers."""

from __future__ import annotations

from purpose.clients.aws import table
from purpose.dal.errors import store_errors
from purpose.errors import ConflictError


class PersonalDataStore:
    def __init__(self, table_name: str) -> None:
        self._table = table(table_name)

    def put_contact(self, contribution_id: str, email: str, expires_at: int) -> None:
        with store_errors("saving the contact email"):
            self._table.put_item(Item={"pk": f"CONTACT#{contribution_id}", "sk": "contact", "email": email,
                                       "expires_at": expires_at})

    def get_contact(self, contribution_id: str) -> str | None:
        with store_errors("reading the contact email"):
            item = self._table.get_item(Key={"pk": f"CONTACT#{contribution_id}", "sk": "contact"}).get("Item")
        return item["email"] if item else None

    def put_subscriber_request(self, email_key: str, email: str, source: str, expires_at: int,
                               topics: list[str] | None = None) -> None:
        """Someone asked for the bulletin; nothing is sent to them until they confirm it."""
        with store_errors("saving the subscription request"):
            # An address already confirmed or unsubscribed keeps its status: asking again changes nothing.
            self._table.update_item(
                Key={"pk": "SUBSCRIBER", "sk": email_key},
                UpdateExpression="SET email = :e, expires_at = :x, #s = if_not_exists(#s, :p), "
                                 "#src = if_not_exists(#src, :src), topics = if_not_exists(topics, :t)",
                ExpressionAttributeNames={"#s": "status", "#src": "source"},
                ExpressionAttributeValues={":e": email, ":x": expires_at, ":p": "pending", ":src": source,
                                           ":t": topics or []},
            )

    def claim_confirmation(self, email_key: str, at: str, *, last_before: str) -> bool:
        """Whether to send a pending subscriber the confirmation email now: True, and `at` recorded, unless one was
        sent at or after `last_before`. One conditional write, so two requests at once (a double-click) send once."""
        try:
            with store_errors("recording the confirmation email"):
                self._table.update_item(
                    Key={"pk": "SUBSCRIBER", "sk": email_key},
                    UpdateExpression="SET confirmation_sent_at = :t",
                    ConditionExpression="#s = :pending AND (attribute_not_exists(confirmation_sent_at) "
                                        "OR confirmation_sent_at < :before)",
                    ExpressionAttributeNames={"#s": "status"},
                    ExpressionAttributeValues={":t": at, ":pending": "pending", ":before": last_before},
                )
        except ConflictError:
            return False
        return True

    def suppress_address(self, email_key: str, reason: str, at: str) -> bool:
        """Never send to this address again; True if a subscriber record was changed."""
        try:
            with store_errors("suppressing the address"):
                self._table.update_item(
                    Key={"pk": "SUBSCRIBER", "sk": email_key},
                    UpdateExpression="SET #s = :s, suppressed_reason = :r, suppressed_at = :t",
                    ConditionExpression="attribute_exists(pk)",
                    ExpressionAttributeNames={"#s": "status"},
                    ExpressionAttributeValues={":s": "suppressed", ":r": reason, ":t": at})
        except ConflictError:
            return False
        return True

    def get_subscriber(self, email_key: str) -> dict | None:
        with store_errors("reading the subscriber"):
            item = self._table.get_item(Key={"pk": "SUBSCRIBER", "sk": email_key},
                                        ConsistentRead=True).get("Item")
        return item

    def set_subscriber_status(self, email_key: str, status: str, at: str, *, only_from: tuple[str, ...] = ()) -> bool:
        """Change a subscriber's status; False if there is no such subscriber (or not in `only_from`)."""
        condition = "attribute_exists(pk)"
        values = {":s": status, ":t": at}
        if only_from:
            condition += " AND #s IN (" + ", ".join(f":f{i}" for i in range(len(only_from))) + ")"
            values |= {f":f{i}": v for i, v in enumerate(only_from)}
        try:
            with store_errors("updating the subscription"):
                self._table.update_item(Key={"pk": "SUBSCRIBER", "sk": email_key},
                                        UpdateExpression="SET #s = :s, status_at = :t", ConditionExpression=condition,
                                        ExpressionAttributeNames={"#s": "status"}, ExpressionAttributeValues=values)
        except ConflictError:
            return False
        return True

    def list_subscribers(self) -> list[dict]:
        from boto3.dynamodb.conditions import Key

        found, start = [], None
        while True:
            extra = {"ExclusiveStartKey": start} if start else {}
            with store_errors("listing subscribers"):
                page = self._table.query(KeyConditionExpression=Key("pk").eq("SUBSCRIBER"), **extra)
            found += [{**i, "email_key": i["sk"]} for i in page["Items"]]
            start = page.get("LastEvaluatedKey")
            if not start:
                return found

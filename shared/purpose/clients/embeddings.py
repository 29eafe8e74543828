"""Amazon Bedrock text embeddings for alignment reviews, switched on per trust.

Titan Text Embeddings V2 (`amazon.titan-embed-text-v2:0`): one InvokeModel call per distinct
text, normalised vectors, a few calls in parallel so a review of thousands of items stays
within the function's time limit. Texts are cached for the life of the container.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from purpose.clients.aws import client
from purpose.errors import StoreError

MAX_CHARACTERS = 8_000  # Titan V2 takes up to 8,192 tokens; work items are far shorter
PARALLEL = 8


class EmbeddingError(StoreError):
    """Bedrock did not return an embedding."""


class BedrockEmbeddings:
    def __init__(self, model_id: str, dimensions: int = 512) -> None:
        self.model_id = model_id
        self.dimensions = dimensions
        self._cache: dict[str, tuple[float, ...] | None] = {}

    def embed(self, text: str) -> tuple[float, ...] | None:
        return self.embed_many([text])[0]

    def embed_many(self, texts: list[str]) -> list[tuple[float, ...] | None]:
        wanted = [t for t in dict.fromkeys(" ".join(t.split())[:MAX_CHARACTERS] for t in texts)
                  if t and t not in self._cache]
        if wanted:
            with ThreadPoolExecutor(max_workers=min(PARALLEL, len(wanted))) as pool:
                self._cache.update(zip(wanted, pool.map(self._call, wanted)))
        return [self._cache.get(" ".join(t.split())[:MAX_CHARACTERS]) for t in texts]

    def _call(self, text: str) -> tuple[float, ...]:
        body = json.dumps({"inputText": text, "dimensions": self.dimensions, "normalize": True})
        from botocore.exceptions import BotoCoreError, ClientError  # with boto3, on first use

        try:
            answer = client("bedrock-runtime").invoke_model(modelId=self.model_id, body=body,
                                                            contentType="application/json", accept="application/json")
            vector = json.loads(answer["body"].read())["embedding"]
        except ClientError as error:
            code = error.response.get("Error", {}).get("Code", "")
            raise EmbeddingError(f"Bedrock embeddings failed ({code})",
                                 retryable=code in ("ThrottlingException", "ServiceUnavailableException",
                                                    "ModelNotReadyException", "InternalServerException")) from error
        except (BotoCoreError, KeyError, ValueError) as error:
            raise EmbeddingError(f"Bedrock embeddings failed ({type(error).__name__})", retryable=True) from error
        return tuple(float(v) for v in vector)


def embedder_for(setting: str):
    """'offline' (the default: distilled word vectors) or 'bedrock:<model id>'."""
    from purpose.logic.meaning import word_vectors

    kind, _, model_id = setting.partition(":")
    if kind == "bedrock" and model_id:
        return BedrockEmbeddings(model_id)
    if kind in ("", "offline"):
        return word_vectors()
    raise ValueError(f"Unknown alignment embeddings setting {setting!r}: use 'offline' or 'bedrock:<model id>'")

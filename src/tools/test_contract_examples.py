"""contract_examples.py against a small server on the loopback: python3 -m unittest discover -s src/tools"""
import json
import tempfile
import threading
import unittest
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from unittest import mock

import yaml

import contract_examples

CONTRACT = """\
openapi: 3.0.3
info:
  title: T
  description: 'Two paragraphs,

    the second after a blank line.'
paths:
  /v1/things:
    get:
      operationId: listThings
      parameters:
      - $ref: '#/components/parameters/limit'
      - name: kind
        in: query
        required: true
        schema:
          type: string
        example: tool
      responses:
        '200':
          description: One page.
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/ThingList'
            text/csv:
              schema:
                type: string
        '400':
          description: Bad.
  /v1/things/{slug}/parts:
    get:
      operationId: listParts
      parameters:
      - name: slug
        in: path
        required: true
        schema:
          type: string
      responses:
        '200':
          description: Parts.
          content:
            application/json:
              schema:
                type: object
              example:
                stale: true
    post:
      operationId: addPart
      responses:
        '201':
          description: Added.
  /v1/secrets:
    get:
      operationId: listSecrets
      security:
      - bearerAuth: []
      responses:
        '200':
          description: Secrets.
          content:
            application/json:
              schema:
                type: object
components:
  parameters:
    limit:
      name: limit
      in: query
      schema:
        type: integer
"""

THINGS = [{"slug": "hammer", "tags": ["a", "b", "c", "d", "e"]}, {"slug": "saw", "tags": []},
          {"slug": "drill", "tags": []}]
PARTS = {"hammer": [], "saw": [{"name": "blade"}, {"name": "handle"}]}


class Handler(BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query)
        Handler.requests.append(self.path)
        if url.path == "/v1/things":
            limit = int(query.get("limit", ["20"])[0])
            self.answer({"items": THINGS[:limit], "page": {"limit": limit, "total": 3, "nextCursor": None}})
        elif url.path.startswith("/v1/things/") and url.path.endswith("/parts"):
            self.answer({"items": PARTS.get(url.path.split("/")[3], [])})
        else:
            self.send_error(404)

    def answer(self, body):
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class ContractExamplesTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.base_url = f"http://127.0.0.1:{cls.server.server_address[1]}"

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()
        cls.server.server_close()

    def run_tool(self, text: str) -> str:
        with tempfile.TemporaryDirectory() as folder:
            contract = Path(folder) / "openapi.yaml"
            contract.write_bytes(text.encode("utf-8"))
            with mock.patch("sys.argv", ["contract_examples.py", self.base_url, "--openapi", str(contract)]), \
                    mock.patch("sys.stderr"):
                self.assertEqual(0, contract_examples.main())
            return contract.read_bytes().decode("utf-8")

    def test_should_write_real_responses_as_examples(self):
        examples = yaml.safe_load(self.run_tool(CONTRACT))["paths"]

        things = examples["/v1/things"]["get"]["responses"]["200"]["content"]["application/json"]["example"]
        self.assertEqual(["hammer", "saw"], [thing["slug"] for thing in things["items"]])
        self.assertEqual(["a", "b", "c"], things["items"][0]["tags"])
        parts = examples["/v1/things/{slug}/parts"]["get"]["responses"]["200"]["content"]["application/json"]
        self.assertEqual({"items": [{"name": "blade"}, {"name": "handle"}]}, parts["example"])
        self.assertNotIn("example", examples["/v1/secrets"]["get"]["responses"]["200"]["content"]["application/json"])

    def test_should_ask_lists_with_a_small_limit_and_required_parameters_by_their_example(self):
        Handler.requests.clear()
        self.run_tool(CONTRACT)

        self.assertIn("/v1/things?limit=2&kind=tool", Handler.requests)

    def test_should_change_nothing_but_the_examples(self):
        written = self.run_tool(CONTRACT)

        inserted = [line for line in written.splitlines() if line not in CONTRACT.splitlines()]
        self.assertTrue(inserted)
        without_examples = self.drop_example_blocks(written)
        self.assertEqual(self.drop_example_blocks(CONTRACT), without_examples)
        self.assertIn("              schema:\n                $ref: '#/components/schemas/ThingList'\n"
                      "              example:\n                items:\n", written)

    def test_should_be_idempotent(self):
        once = self.run_tool(CONTRACT)

        self.assertEqual(once, self.run_tool(once))

    def test_should_keep_windows_line_endings(self):
        written = self.run_tool(CONTRACT.replace("\n", "\r\n"))

        self.assertNotIn("\n", written.replace("\r\n", ""))

    @staticmethod
    def drop_example_blocks(text: str) -> str:
        kept, skipping_under = [], None
        for line in text.splitlines():
            indent = len(line) - len(line.lstrip(" "))
            if skipping_under is not None and line.strip() and indent > skipping_under:
                continue
            skipping_under = None
            if line.strip() == "example:" and indent == 14:
                skipping_under = indent
                continue
            kept.append(line)
        return "\n".join(kept)


if __name__ == "__main__":
    unittest.main()

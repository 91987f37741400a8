"""2. Quizzes: graded on the server, no answers to learners, a daily attempt limit."""

import json

from tests.curriculum.conftest import QUIZ, RIGHT, WRONG, Tenant, published_module


async def test_learner_view_never_contains_the_answers(tenant: Tenant) -> None:
    module = await published_module(tenant, quiz=True)
    response = await tenant.http.get(f"/v1/modules/{module['id']}/quiz", headers=tenant.as_("lea"))
    assert response.status_code == 200
    body = response.json()
    assert "correct" not in json.dumps(body)
    assert all(set(q) == {"id", "kind", "text", "options"} for q in body["questions"])
    assert body["questions"][0]["text"] == "Who owns your LinkedIn profile?" and body["locale"] == "en"
    assert body["attempts_left_today"] == 3
    swedish = await tenant.http.get(f"/v1/modules/{module['id']}/quiz",
                                    headers=tenant.as_("lea", **{"Accept-Language": "sv-SE"}))
    assert swedish.json()["questions"][0]["text"] == "Vem äger din profil?"
    assert swedish.headers["content-language"] == "sv"


async def test_answer_key_is_for_editors_only(tenant: Tenant) -> None:
    module = await published_module(tenant, quiz=True)
    assert (await tenant.http.get(f"/v1/modules/{module['id']}/quiz/answer-key",
                                  headers=tenant.as_("lea"))).status_code == 403
    key = await tenant.http.get(f"/v1/modules/{module['id']}/quiz/answer-key", headers=tenant.as_("editor"))
    assert key.status_code == 200 and key.json()["questions"][1]["correct"] == ["a", "c"]
    assert (await tenant.http.put(f"/v1/modules/{module['id']}/quiz", json=QUIZ,
                                  headers=tenant.as_("lea"))).status_code == 403


async def test_attempts_are_graded_on_the_server(tenant: Tenant) -> None:
    module = await published_module(tenant, quiz=True)
    url = f"/v1/modules/{module['id']}/quiz/attempts"
    failed = await tenant.http.post(url, json=WRONG, headers=tenant.as_("lea"))
    assert failed.status_code == 201
    assert failed.json()["score"] == 0 and failed.json()["passed"] is False
    half = {"answers": [RIGHT["answers"][0], {"question_id": "q2", "option_ids": ["a"]}]}  # partly right is wrong
    assert (await tenant.http.post(url, json=half, headers=tenant.as_("lea"))).json()["score"] == 50
    passed = await tenant.http.post(url, json=RIGHT, headers=tenant.as_("lea"))
    assert passed.json() | {"id": None, "attempted_at": None} == {
        "id": None, "module_id": module["id"], "module_version": 1, "score": 100, "passed": True, "pass_mark": 50,
        "attempted_at": None, "attempts_left_today": 0}


async def test_a_fourth_attempt_in_a_day_is_refused(tenant: Tenant) -> None:
    module = await published_module(tenant, quiz=True)
    url = f"/v1/modules/{module['id']}/quiz/attempts"
    for _ in range(3):
        assert (await tenant.http.post(url, json=WRONG, headers=tenant.as_("lea"))).status_code == 201
    refused = await tenant.http.post(url, json=RIGHT, headers=tenant.as_("lea"))
    assert refused.status_code == 429
    assert "attempts per day" in refused.json()["detail"] and int(refused.headers["retry-after"]) > 0
    other = await tenant.http.post(url, json=RIGHT, headers=tenant.as_("sam"))  # the limit is per person
    assert other.status_code == 201


async def test_bad_answers_name_the_field(tenant: Tenant) -> None:
    module = await published_module(tenant, quiz=True)
    url = f"/v1/modules/{module['id']}/quiz/attempts"
    unknown = await tenant.http.post(url, json={"answers": [{"question_id": "q9", "option_ids": ["a"]}]},
                                     headers=tenant.as_("lea"))
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "answers[0].question_id"
    two = await tenant.http.post(url, json={"answers": [{"question_id": "q1", "option_ids": ["a", "b"]}]},
                                 headers=tenant.as_("lea"))
    assert two.status_code == 422 and two.json()["errors"][0]["field"] == "answers[0].option_ids"
    left = await tenant.http.get(f"/v1/modules/{module['id']}/quiz", headers=tenant.as_("lea"))
    assert left.json()["attempts_left_today"] == 3  # refused attempts are not counted


async def test_a_quiz_whose_key_names_a_missing_option_is_refused(tenant: Tenant) -> None:
    module = await published_module(tenant)
    bad = json.loads(json.dumps(QUIZ))
    bad["questions"][0]["correct"] = ["z"]
    response = await tenant.http.put(f"/v1/modules/{module['id']}/quiz", json=bad, headers=tenant.as_("editor"))
    assert response.status_code == 422 and "correct" in response.json()["detail"]
    assert (await tenant.http.get(f"/v1/modules/{module['id']}/quiz", headers=tenant.as_("lea"))).status_code == 404

"""infra/k8s agrees with the Kubernetes API, with compose.yaml and with the apps, without a cluster.

The production overlay is rendered with `kubectl kustomize` (from secrets.env.example, in a copy of the tree) and
every object is validated offline against the Kubernetes schemas (kubernetes-validate). Then the workloads are
held against compose.yaml: the same commands, ports and settings per app, the same event topology.
"""

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from tests.infra.test_compose import (
    EVENT_TOPOLOGY,
    SERVICE_NAMES,
    UVICORN_VARIABLES,
    command,
    environment,
    netwise_containers,
    parse_cli,
    refused_defaults,
    serving,
)

ROOT = Path(__file__).resolve().parents[2]
K8S = ROOT / "infra" / "k8s"
BASE = K8S / "base"
OVERLAY = K8S / "overlays" / "production"
KUBERNETES_VERSION = "1.31"  # the oldest minor version still supported upstream when this was written
VARIABLE = re.compile(r"\$\(([A-Za-z_][A-Za-z0-9_]*)\)")  # Kubernetes' dependent environment variables


def kubectl() -> str:
    found = shutil.which("kubectl")
    if found is None:
        pytest.skip("kubectl (with its built-in kustomize) is not installed: the overlay cannot be rendered")
    return found


def rendered(tmp_root: Path) -> tuple[dict[str, Any], ...]:
    """The production overlay as `kubectl apply -k` would send it, with the example secrets filled in."""
    tree = tmp_root / "k8s"
    shutil.copytree(K8S, tree, ignore=shutil.ignore_patterns("secrets.env"))
    overlay = tree / "overlays" / "production"
    shutil.copy(overlay / "secrets.env.example", overlay / "secrets.env")
    result = subprocess.run([kubectl(), "kustomize", str(overlay)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"kubectl kustomize failed:\n{result.stderr}"
    return tuple(doc for doc in yaml.safe_load_all(result.stdout) if doc)


@pytest.fixture(scope="module")
def objects(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], ...]:
    return rendered(tmp_path_factory.mktemp("kustomize"))


def of_kind(objects: tuple[dict[str, Any], ...], kind: str) -> dict[str, dict[str, Any]]:
    return {obj["metadata"]["name"]: obj for obj in objects if obj["kind"] == kind}


def container(workload: dict[str, Any]) -> dict[str, Any]:
    (app,) = workload["spec"]["template"]["spec"]["containers"]
    return app


def env_of(workload: dict[str, Any]) -> list[dict[str, Any]]:
    return container(workload).get("env", [])


def base_documents() -> Iterator[tuple[Path, dict[str, Any]]]:
    """The objects of the base, file by file (the patches are fragments, not objects)."""
    kustomization = yaml.safe_load((BASE / "kustomization.yaml").read_text())
    for name in kustomization["resources"]:
        for doc in yaml.safe_load_all((BASE / name).read_text()):
            if doc:
                yield BASE / name, doc


# ------------------------------------------------------------------------------------------ valid Kubernetes


def test_every_rendered_object_is_valid_kubernetes(objects: tuple[dict[str, Any], ...]) -> None:
    for obj in objects:
        try:
            kubernetes_validate.validate(obj, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as exc:
            pytest.fail(f"{obj['kind']} {obj['metadata']['name']}: {exc.message} at {list(exc.path)}")


def test_every_base_file_is_valid_kubernetes_on_its_own() -> None:
    """Also without kustomize: each resource the base lists is a complete object."""
    for path, doc in base_documents():
        try:
            kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as exc:
            pytest.fail(f"{path.name}: {doc['kind']} {doc['metadata']['name']}: {exc.message}")


def test_the_validator_refuses_a_broken_object() -> None:
    """The two tests above can fail: a misspelt field is refused in strict mode."""
    _, deployment = next((p, d) for p, d in base_documents() if d["kind"] == "Deployment")
    broken = json.loads(json.dumps(deployment))
    broken["spec"]["template"]["spec"]["containers"][0]["imagePullPolcy"] = "Always"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)


# ----------------------------------------------------------------------------------- the same apps as compose


def test_each_app_of_compose_is_a_deployment_with_its_command_and_port(objects: tuple[dict[str, Any], ...]) -> None:
    deployments = of_kind(objects, "Deployment")
    services = of_kind(objects, "Service")
    assert set(deployments) == set(serving()), "Kubernetes and compose run different apps"
    for name, (svc, spec, port) in serving().items():
        app = container(deployments[name])
        assert parse_cli(app["args"]) == parse_cli(command(svc)), f"{name} runs another command than in compose"
        http = [p["containerPort"] for p in app["ports"] if p["name"] == "http"]
        assert http == [port], f"{name} listens on another port"
        metrics_port = environment(svc).get(f"{spec.env_prefix()}METRICS_PORT")
        others = [p["containerPort"] for p in app["ports"] if p["name"] != "http"]
        assert others == ([int(metrics_port)] if metrics_port else []), f"{name}: ports beyond http and metrics"
        assert [p["port"] for p in services[name]["spec"]["ports"]] == [port], f"{name}'s Service has another port"
        assert spec.name == name


def test_each_app_gets_the_settings_compose_gives_it(objects: tuple[dict[str, Any], ...]) -> None:
    workloads = {**of_kind(objects, "Deployment"), **of_kind(objects, "Job")}
    jobs = {"netwise-migrate": "migrate"}  # Kubernetes name -> compose name
    for name, workload in workloads.items():
        svc = netwise_containers()[jobs.get(name, name)]
        expected = {var for var in environment(svc) if var.startswith("NETWISE_") or var in UVICORN_VARIABLES}
        given = {var["name"] for var in env_of(workload)
                 if var["name"].startswith("NETWISE_") or var["name"] in UVICORN_VARIABLES}
        assert given == expected, f"{name}: only in Kubernetes {given - expected}, only in compose {expected - given}"


def test_every_secret_production_refuses_at_its_default_comes_from_the_secret(
        objects: tuple[dict[str, Any], ...]) -> None:
    deployments = of_kind(objects, "Deployment")
    for name, (_, spec, _) in serving().items():
        from_secret = {var["name"] for var in env_of(deployments[name]) if "secretKeyRef" in var.get("valueFrom", {})}
        for field in refused_defaults(spec):
            variable = f"{spec.env_prefix()}{field.upper()}"
            if variable in from_secret:
                continue
            # a map of secrets (e.g. the publishers' event keys) is built from secret variables
            value = next((var.get("value", "") for var in env_of(deployments[name]) if var["name"] == variable), "")
            assert VARIABLE.findall(value) and set(VARIABLE.findall(value)) <= from_secret, (
                f"{name}: {variable} is a secret but does not come from the Secret")


def test_every_reference_resolves(objects: tuple[dict[str, Any], ...]) -> None:
    secrets = of_kind(objects, "Secret")
    config_maps = of_kind(objects, "ConfigMap")
    for name, workload in {**of_kind(objects, "Deployment"), **of_kind(objects, "Job")}.items():
        defined: set[str] = set()
        for var in env_of(workload):
            source = var.get("valueFrom", {})
            if "secretKeyRef" in source:
                ref = source["secretKeyRef"]
                assert ref["key"] in secrets[ref["name"]]["data"], f"{name}: secret key {ref['key']} is not set"
            if "configMapKeyRef" in source:
                ref = source["configMapKeyRef"]
                assert ref["key"] in config_maps[ref["name"]]["data"], f"{name}: config key {ref['key']} is not set"
            # $(VAR) expands only variables defined earlier in the list; otherwise it stays literal text
            undefined = set(VARIABLE.findall(var.get("value", ""))) - defined
            assert not undefined, f"{name}: {var['name']} refers to {undefined} before they are defined"
            defined.add(var["name"])


def test_each_service_hears_the_publishers_compose_says(objects: tuple[dict[str, Any], ...]) -> None:
    deployments = of_kind(objects, "Deployment")
    for name in SERVICE_NAMES:
        env = {var["name"]: var for var in env_of(deployments[name])}
        subscribers = json.loads(env[f"NETWISE_{name.upper()}_SUBSCRIBERS"]["value"])
        assert {url.split("//")[1].split(":")[0] for url in subscribers} == EVENT_TOPOLOGY[name]
        publishers = {source for source, targets in EVENT_TOPOLOGY.items() if name in targets}
        keys = env.get(f"NETWISE_{name.upper()}_EVENT_PUBLISHER_KEYS")
        assert set(json.loads(keys["value"]) if keys else {}) == publishers, f"{name} hears other publishers"


# ---------------------------------------------------------------------------------------- ready for replicas


def test_every_app_runs_replicated_hardened_and_probed(objects: tuple[dict[str, Any], ...]) -> None:
    budgets = {pdb["spec"]["selector"]["matchLabels"]["app.kubernetes.io/name"]
               for pdb in of_kind(objects, "PodDisruptionBudget").values()}
    for name, deployment in of_kind(objects, "Deployment").items():
        assert deployment["spec"]["replicas"] >= 2, f"{name} runs a single replica"
        assert name in budgets, f"{name} has no PodDisruptionBudget"
        app = container(deployment)
        assert app["readinessProbe"]["httpGet"]["path"] == "/readyz"
        assert app["livenessProbe"]["httpGet"]["path"] == "/healthz"
        assert "memory" in app["resources"]["limits"] and "cpu" in app["resources"]["requests"]
        assert app["securityContext"]["readOnlyRootFilesystem"] is True
        assert deployment["spec"]["template"]["spec"]["securityContext"]["runAsUser"] == 10001


def test_the_gateway_and_analytics_scale_with_load(objects: tuple[dict[str, Any], ...]) -> None:
    autoscalers = of_kind(objects, "HorizontalPodAutoscaler").values()
    scaled = {hpa["spec"]["scaleTargetRef"]["name"]: hpa for hpa in autoscalers}
    assert set(scaled) == {"gateway", "analytics"}
    assert all(hpa["spec"]["minReplicas"] >= 2 for hpa in scaled.values())


def test_migrations_run_once_as_a_job(objects: tuple[dict[str, Any], ...]) -> None:
    (job,) = of_kind(objects, "Job").values()
    assert parse_cli(container(job)["args"]) == parse_cli(command(netwise_containers()["migrate"]))
    assert job["spec"]["parallelism"] == 1 and job["spec"]["completions"] == 1


def test_services_are_reached_only_from_the_gateway_and_their_peers(objects: tuple[dict[str, Any], ...]) -> None:
    policies = of_kind(objects, "NetworkPolicy")
    deny = policies["default-deny-ingress"]
    assert deny["spec"]["podSelector"] == {} and "ingress" not in deny["spec"]
    for name in SERVICE_NAMES:
        (rule,) = policies[name]["spec"]["ingress"]
        allowed = {peer["podSelector"]["matchLabels"]["app.kubernetes.io/name"] for peer in rule["from"]}
        publishers = {source for source, targets in EVENT_TOPOLOGY.items() if name in targets}
        # everyone verifies tokens with identity's JWKS
        readers = SERVICE_NAMES - {name} if name == "identity" else set()
        assert allowed == {"gateway"} | publishers | readers, f"{name} is open to {allowed}"

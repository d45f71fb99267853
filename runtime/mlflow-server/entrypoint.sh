#!/bin/sh
# Starts MLflow with the settings ExperimentTracking passes as environment variables.
# The database password never appears in the configuration: it is read from Vault at start.
set -eu
: "${MLFLOW_DB_HOST:?}" "${MLFLOW_DB_USER:?}" "${MLFLOW_DB_NAME:?}" "${MLFLOW_DB_PASSWORD_SECRET_ID:?}"
: "${MLFLOW_ARTIFACTS_DESTINATION:?}" "${MLFLOW_STATIC_PREFIX:?}" "${MLFLOW_PORT:=5000}"
export OCI_RESOURCE_PRINCIPAL_VERSION="${OCI_RESOURCE_PRINCIPAL_VERSION:-2.2}"
password=$(python /app/read_secret.py "$MLFLOW_DB_PASSWORD_SECRET_ID")
# URL-encode the password for the SQLAlchemy URI.
encoded=$(python -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$password")
exec mlflow server \
  --host 0.0.0.0 --port "$MLFLOW_PORT" \
  --static-prefix "$MLFLOW_STATIC_PREFIX" \
  --backend-store-uri "postgresql://${MLFLOW_DB_USER}:${encoded}@${MLFLOW_DB_HOST}:5432/${MLFLOW_DB_NAME}?sslmode=require" \
  --artifacts-destination "$MLFLOW_ARTIFACTS_DESTINATION" \
  --serve-artifacts

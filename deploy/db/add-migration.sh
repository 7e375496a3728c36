#!/usr/bin/env bash
# Adds one migration, with the same name, to every provider's migrations assembly, then regenerates the idempotent
# SQL scripts for the server databases in deploy/db/. Generated files are never edited by hand (docs/decisions/0003-migrations-per-provider.md).
# Usage: deploy/db/add-migration.sh NAME
set -euo pipefail
name=${1:?usage: deploy/db/add-migration.sh NAME}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
web=src/ZezhouDisclosure.Web

# No server is contacted: the design-time host only needs a syntactically valid connection string.
declare -A conn=(
  [Sqlite]="Data Source=design-time.db"
  [SqlServer]="Server=localhost;Database=zezhou;User Id=sa;Password=design-time-only;TrustServerCertificate=true"
  [PostgreSql]="Host=localhost;Database=zezhou;Username=zezhou;Password=design-time-only"
)

dotnet build "$web" -v q -nologo >/dev/null
for provider in Sqlite SqlServer PostgreSql; do
  echo "== $provider: add migration $name"
  dotnet ef migrations add "$name" --no-build --project "src/ZezhouDisclosure.Migrations.$provider" --startup-project "$web" \
    --output-dir Migrations -- --environment Production --Database:Provider="$provider" "--ConnectionStrings:Default=${conn[$provider]}" \
    >/dev/null
  dotnet build "$web" -v q -nologo >/dev/null
done

# SQLite applies its migrations on start-up (EF cannot script SQLite idempotently); server databases get scripts for DBAs.
for provider in SqlServer PostgreSql; do
  lower=$(echo "$provider" | tr '[:upper:]' '[:lower:]')
  echo "== $provider: deploy/db/$lower.sql"
  dotnet ef migrations script --idempotent --no-build --project "src/ZezhouDisclosure.Migrations.$provider" --startup-project "$web" \
    -o "deploy/db/$lower.sql" -- --environment Production --Database:Provider="$provider" "--ConnectionStrings:Default=${conn[$provider]}" >/dev/null
done
rm -f "$web/design-time.db"
echo "Done. Review the generated files, run ./test.sh, and commit them together."

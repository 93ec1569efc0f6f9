#!/usr/bin/env bash
# Renders the seed letter (examples/letters/jinjiang-2024-7.json) as a Word document and as an HTML
# page with the command-line tool, prints each to PDF (LibreOffice for the .docx, Chromium for the
# page) and keeps the first page and the checklist's first page as PNG pictures in docs/.
#
# Needs the tool built (mvn -q install -DskipTests) and, on Debian or Ubuntu:
#   apt-get install libreoffice-writer-nogui chromium poppler-utils fonts-noto-cjk fonts-arphic-ukai
# The fonts agencies name are mapped to those free fonts by docs/fonts.conf.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
jar="$root/examples/cli/target/reply-letter.jar"
seed="$root/examples/letters/jinjiang-2024-7.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export FONTCONFIG_FILE="$root/docs/fonts.conf"

java -jar "$jar" render --format docx -o "$work/seed.docx" "$seed"
java -jar "$jar" render --format html -o "$work/seed.html" "$seed"
soffice --headless --convert-to pdf --outdir "$work" "$work/seed.docx" >/dev/null
mv "$work/seed.pdf" "$work/seed-docx.pdf"
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$work/seed-html.pdf" "file://$work/seed.html" >/dev/null 2>&1

# The checklist's first page is the page that starts with the attachment's mark 附件.
checklist_page() {
  local pdf="$1" pages i
  pages="$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')"
  for ((i = 1; i <= pages; i++)); do
    if pdftotext -f "$i" -l "$i" "$pdf" - | grep -qx '附件'; then
      echo "$i"
      return
    fi
  done
  echo "no page starts with 附件 in $pdf" >&2
  return 1
}

for kind in docx html; do
  pdf="$work/seed-$kind.pdf"
  page="$(checklist_page "$pdf")"
  pdftoppm -r 80 -png -singlefile -f 1 -l 1 "$pdf" "$root/docs/seed-$kind-page-1"
  pdftoppm -r 80 -png -singlefile -f "$page" -l "$page" "$pdf" "$root/docs/seed-$kind-checklist"
done
echo "written: docs/seed-{docx,html}-{page-1,checklist}.png"

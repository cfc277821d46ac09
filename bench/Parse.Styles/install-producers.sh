#!/usr/bin/env bash
# Installs the producers Parse.Styles renders with (Debian 12). Big (LaTeX fonts, LibreOffice): a benchmark's needs,
# not the test suite's, so ./test.sh does not call this.
set -euo pipefail
sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends \
  chromium nodejs poppler-utils pandoc wkhtmltopdf libreoffice-writer-nogui \
  texlive-latex-extra texlive-latex-recommended texlive-plain-generic texlive-xetex texlive-luatex \
  texlive-fonts-recommended texlive-fonts-extra lmodern fonts-dejavu fonts-liberation
# Typst has no Debian 12 package: its compiler's Node build comes from the npm registry.
(cd "$(dirname "$0")/typst" && npm ci --no-audit --no-fund)

#!/usr/bin/env bash
# Installs what the rendering test of the Word export needs, from Debian's packages, skipping what is there:
# LibreOffice Writer without a GUI (converts the exported .docx to PDF), poppler (pdftotext, pdfinfo, pdftoppm
# measure and picture it), CJK fonts (Noto for 仿宋/黑体/宋体, AR PL UKai for 楷体). Never a runtime dependency.
set -euo pipefail
source "$(dirname "$0")/apt-install.sh"
need_apt=()
command -v soffice >/dev/null || need_apt+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null && command -v pdftoppm >/dev/null && command -v pdfinfo >/dev/null || need_apt+=(poppler-utils)
# grep -q would stop reading at the first match and fc-list die of SIGPIPE, which pipefail counts as a failure.
fc-list 2>/dev/null | grep -i 'Noto Serif CJK' >/dev/null || need_apt+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -i 'UKai' >/dev/null || need_apt+=(fonts-arphic-ukai)
apt_install setup-render "${need_apt[@]}"
for tool in soffice pdftotext pdfinfo pdftoppm; do
  command -v "$tool" >/dev/null || { echo "setup-render: $tool is missing after the install" >&2; exit 1; }
done
echo "setup-render: ready ($(soffice --version 2>/dev/null | head -1))"

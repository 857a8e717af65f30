#!/usr/bin/env bash
# Regenerates the committed PNG renditions of the Linli icon. Not part of the build (the build
# must not need librsvg): run it by hand after editing an SVG and commit the PNGs.
#   apt-get install librsvg2-bin && resources/icons/render-png.sh
# Also rewrites installer/windows/linli.ico when Pillow is there.
# 16 and 32 px come from the pixel-fitted linli-16.svg / linli-32.svg, the rest from linli.svg.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 16 32 48 64 128 256; do
    src=linli.svg
    [[ -f linli-$size.svg ]] && src=linli-$size.svg
    out=hicolor/${size}x${size}/apps/cn.linli.Linli.png
    mkdir -p "$(dirname "$out")"
    rsvg-convert --width "$size" --height "$size" --output "$out" "$src"
    echo "$out from $src"
done

# The Windows icon holds the same renditions; needs Pillow (apt-get install python3-pil).
if /usr/bin/env python3 -c 'import PIL' 2>/dev/null; then
    python3 - <<'PY'
from PIL import Image
sizes = [16, 32, 48, 64, 128, 256]
images = [Image.open(f"hicolor/{s}x{s}/apps/cn.linli.Linli.png").convert("RGBA") for s in sizes]
images[-1].save("../../installer/windows/linli.ico", format="ICO", sizes=[(s, s) for s in sizes],
                append_images=images[:-1])
PY
    echo "../../installer/windows/linli.ico"
else
    echo "Pillow not found: installer/windows/linli.ico not regenerated" >&2
fi

"""Content images: renditions of sensible sizes with width, height and lazy loading."""

import re

from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

import pytest

from portal.blocks import FigureBlock

pytestmark = pytest.mark.django_db


def test_figure_block_renders_sized_lazy_renditions():
    image = Image.objects.create(title="Wijkfeest", file=get_test_image_file(size=(1600, 900)))
    block = FigureBlock()
    value = block.to_python(
        {"image": image.pk, "alt_text": "Studenten op een wijkfeest", "decorative": False}
    )
    html = block.render(value)
    tag = re.search(r"<img [^>]+>", html).group(0)
    assert 'loading="lazy"' in tag
    assert re.search(r'width="\d+"', tag)
    assert re.search(r'height="\d+"', tag)
    assert 'alt="Studenten op een wijkfeest"' in tag
    widths = sorted(int(width) for width in re.findall(r" (\d+)w", tag))
    assert widths == [480, 800, 1200]
    assert 'sizes="(max-width: 46rem) 100vw, 46rem"' in tag

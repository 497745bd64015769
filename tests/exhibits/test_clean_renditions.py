"""Public renditions carry none of the camera's metadata (EXIF, GPS, XMP, comments)."""

import io

from django.core.files.images import ImageFile
from django.test import TestCase
from PIL import Image, PngImagePlugin
from wagtail.images import get_image_model

from exhibits.images.renditions import RENDITION_SPECS

CAMERA = "heritage-test-camera"
XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    f'xmlns:tiff="http://ns.adobe.com/tiff/1.0/" tiff:Make="{CAMERA}"/></rdf:RDF></x:xmpmeta>'
)
COMMENT = f"shot with {CAMERA}"
# Traces of each kind of metadata, searched for in the rendition's bytes.
TRACES = (CAMERA.encode(), b"xmpmeta", b"Exif\x00\x00", COMMENT.encode())
ORIENTATION_ROTATE_90 = 6  # EXIF: the camera was held on its side.


def camera_exif():
    """EXIF as a phone writes it: make, model, serial, orientation and a GPS position
    (the Meifeng Bank building in Yuzhong)."""
    exif = Image.Exif()
    exif[0x010F] = CAMERA  # Make
    exif[0x0110] = f"{CAMERA} model"  # Model
    exif[0x0112] = ORIENTATION_ROTATE_90  # Orientation
    exif[0x8825] = {  # GPS IFD
        1: "N",
        2: (29.0, 33.0, 36.0),
        3: "E",
        4: (106.0, 34.0, 48.0),
    }
    return exif


def photo(image_format):
    """A landscape 400x200 photo with EXIF (GPS included), XMP and a comment."""
    picture = Image.new("RGB", (400, 200), (180, 120, 60))
    picture.paste((20, 40, 160), (0, 0, 200, 200))
    output = io.BytesIO()
    if image_format == "JPEG":
        picture.save(output, "JPEG", exif=camera_exif(), xmp=XMP.encode(), comment=COMMENT)
    else:
        text = PngImagePlugin.PngInfo()
        text.add_itxt("XML:com.adobe.xmp", XMP)
        text.add_text("Comment", COMMENT)
        picture.save(output, "PNG", exif=camera_exif(), pnginfo=text)
    return output.getvalue()


class CleanRenditionTests(TestCase):
    """Every rendition the templates, the kiosk and the API ask for is free of metadata."""

    @classmethod
    def setUpTestData(cls):
        cls.images = {}
        for image_format, extension in (("JPEG", "jpg"), ("PNG", "png")):
            data = photo(image_format)
            with Image.open(io.BytesIO(data)) as original:  # the upload really carries it all
                assert original.getexif().get_ifd(0x8825), "the test photo lacks GPS"
                assert "xmp" in original.info or "XML:com.adobe.xmp" in original.info
            image = get_image_model()(title=f"Camera {extension}")
            image.file = ImageFile(io.BytesIO(data), name=f"camera.{extension}")
            image.save()
            cls.images[image_format] = image

    def test_no_metadata_in_any_rendition(self):
        """No EXIF (so no GPS or camera), XMP or comment in any format, for JPEG and PNG uploads."""
        formats_seen = set()
        for upload_format, image in self.images.items():
            renditions = image.get_renditions(*RENDITION_SPECS)
            self.assertEqual(set(renditions), set(RENDITION_SPECS))
            for spec, rendition in renditions.items():
                with self.subTest(upload=upload_format, spec=spec):
                    with rendition.file.open("rb") as handle:
                        data = handle.read()
                    with Image.open(io.BytesIO(data)) as result:
                        formats_seen.add(result.format)
                        self.assertEqual(dict(result.getexif()), {})
                        for key in ("exif", "xmp", "XML:com.adobe.xmp", "comment", "Comment"):
                            self.assertNotIn(key, result.info)
                    for trace in TRACES:
                        self.assertNotIn(trace, data)
        # The formats the templates ask for, plus PNG (a PNG upload's poster stays PNG).
        self.assertEqual(formats_seen, {"JPEG", "PNG", "WEBP", "AVIF"})

    def test_orientation_still_applied(self):
        """The camera's orientation is applied before its EXIF is dropped: photos stay upright."""
        for upload_format, image in self.images.items():
            with self.subTest(upload=upload_format):
                rendition = image.get_rendition("width-960")
                self.assertEqual((rendition.width, rendition.height), (200, 400))

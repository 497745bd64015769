"""The seed's films: the film index and the placeholder film, with its generated video
and captions (exhibits.seed.film) stored as documents in the seed collection."""

from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from exhibits.models import FilmIndexPage, FilmPage, FilmRelatedPage
from exhibits.seed import content, film
from exhibits.seed.values import localized, paragraph


class FilmSeedMixin:
    """SeedLoader's film pages; uses its collection, seeded_file, upsert and report."""

    def generated_document(self, name, title, make):
        """A document the seed generates (the placeholder film and its captions), made once."""
        Document = get_document_model()
        document = self.seeded_file(Document, "documents", name)
        if document is None:
            document = Document(title=title, collection=self.collection)
            document.file.save(name, ContentFile(make()), save=False)
            document.save()
        return document

    def films(self, home, sites, museums):
        """The film index and the placeholder film, linked to a museum and a building."""
        index = self.upsert(home, FilmIndexPage, content.FILM_INDEX)
        data = content.PLACEHOLDER_FILM
        label = "占位影片 · Placeholder film"
        extra = {
            "video": self.generated_document(
                "placeholder-film.mp4", f"{label} (MP4)", film.placeholder_film_mp4
            ),
            "captions_chinese": self.generated_document(
                "placeholder-film.zh-hans.vtt",
                f"{label}（中文字幕 · Chinese captions）",
                lambda: film.captions_vtt("zh-hans"),
            ),
            "captions_english": self.generated_document(
                "placeholder-film.en.vtt",
                f"{label}（英文字幕 · English captions）",
                lambda: film.captions_vtt("en"),
            ),
            "duration_seconds": film.duration_seconds(),
            "is_placeholder": True,
            **localized("credits", data["credits"]),
            **localized(
                "transcript",
                {
                    short: "".join(str(paragraph(text)) for text in film.CAPTIONS[language])
                    for short, language in (("zh", "zh-hans"), ("en", "en"))
                },
            ),
        }
        page = self.upsert(index, FilmPage, data, extra)
        if page in self.report.created:
            targets = {"site": sites, "museum": museums}
            page.related_links = [
                FilmRelatedPage(page=targets[kind][key])
                for kind, key in data["related"]
                if targets[kind].get(key)
            ]
            page.save_revision().publish()
        return page

"""What a template to fill in holds, independent of the file format it is written to."""

from dataclasses import dataclass, field


@dataclass
class TemplateSection:
    heading: str
    text: str = ""
    items: list = field(default_factory=list)  # checklist items, written with an empty box


@dataclass
class FillInTemplate:
    title: str
    language: str
    lead: str = ""
    sections: list = field(default_factory=list)
    footer: str = ""
    numbered: bool = True  # "1. Parties", as articles of a contract or steps of a plan

    @classmethod
    def from_block_value(cls, value, language):
        return cls(
            title=value["title"],
            language=language,
            lead=value["lead"],
            footer=value["footer"],
            numbered=value["numbered"],
            sections=[
                TemplateSection(section["heading"], section["text"], list(section["items"]))
                for section in value["sections"]
            ],
        )

    def section_heading(self, number, section):
        return f"{number}. {section.heading}" if self.numbered else section.heading


CHECKBOX = "\u2610"  # an empty ballot box, ticked by hand or in the word processor

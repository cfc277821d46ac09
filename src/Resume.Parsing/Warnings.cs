using Resume.Model;
using Resume.Parsing.Layout;

namespace Resume.Parsing;

/// <summary>What an ATS may trip over in this file, as codes and sentences for the score stage to pass on.</summary>
internal static class Warnings
{
    public static List<ParseWarning> For(LayoutDocument layout, IReadOnlyList<SectionInfo> sections)
    {
        var warnings = new List<ParseWarning>();
        var traits = layout.Traits;
        if (traits.Contains(ParseWarningCodes.ImageOnly))
        {
            warnings.Add(new ParseWarning(ParseWarningCodes.ImageOnly, layout.FileType == "pdf"
                ? "The PDF has no text layer (it looks scanned or exported as an image), so an ATS reads it as blank."
                : $"The file is a picture (a {layout.FileType.ToUpperInvariant()} photo or scan), not a document with text, so an ATS reads it as blank."));
            if (traits.Contains(ParseWarningCodes.ReadByOcr))
            {
                warnings.Add(new ParseWarning(ParseWarningCodes.ReadByOcr,
                    "We read the words in the picture with OCR so the rest of this report can judge the content; an ATS does not, and OCR may misread some words."));
            }
            return warnings;
        }
        if (traits.Contains(ParseWarningCodes.TextInImages))
        {
            warnings.Add(new ParseWarning(ParseWarningCodes.TextInImages,
                "Some pages hold little text next to large images; text inside images is invisible to an ATS."));
        }
        if (traits.Contains(ParseWarningCodes.MultiColumn))
        {
            warnings.Add(new ParseWarning(ParseWarningCodes.MultiColumn,
                "The layout has side-by-side columns; many ATSs read across columns and mix up the sections."));
        }
        if (traits.Contains(ParseWarningCodes.Tables))
        {
            warnings.Add(new ParseWarning(ParseWarningCodes.Tables,
                "Content sits in tables; some ATSs skip table cells or read them out of order."));
        }
        if (traits.Contains(ParseWarningCodes.TextBoxes))
        {
            warnings.Add(new ParseWarning(ParseWarningCodes.TextBoxes,
                "Some text is inside text boxes, which many ATSs do not read."));
        }
        if (traits.Contains(ParseWarningCodes.HeaderFooterContent))
        {
            warnings.Add(new ParseWarning(ParseWarningCodes.HeaderFooterContent,
                "The page header or footer holds text (often contact details); many ATSs ignore headers and footers."));
        }
        var unusual = sections.Where(s => s.Kind == SectionKinds.Other).Select(s => s.Heading).ToList();
        if (unusual.Count > 0)
        {
            warnings.Add(new ParseWarning(ParseWarningCodes.UnusualHeadings,
                $"Headings an ATS may not recognise: {string.Join(", ", unusual.Select(h => $"\"{h}\""))}. Standard names such as \"Experience\", \"Education\" and \"Skills\" are safer."));
        }
        if (sections.Count(s => s.Kind != SectionKinds.Contact) == 0)
        {
            warnings.Add(new ParseWarning(ParseWarningCodes.NoSections,
                "No section headings were found; an ATS needs headings such as \"Experience\" and \"Education\" to file your details."));
        }
        return warnings;
    }
}

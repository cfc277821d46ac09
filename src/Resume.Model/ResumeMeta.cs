namespace Resume.Model;

/// <summary>What the parser saw about the document itself, beyond its content.</summary>
public sealed record ResumeMeta
{
    /// <summary>Schema version of the JSON Resume part.</summary>
    public string Version { get; init; } = "v1.0.0";

    /// <summary><c>pdf</c>, <c>docx</c>, <c>txt</c>, <c>md</c>, <c>png</c> or <c>jpeg</c>, detected from the content.</summary>
    public string? FileType { get; init; }

    public int PageCount { get; init; }
    public int WordCount { get; init; }

    /// <summary>Sections in document order, with the heading as written.</summary>
    public IReadOnlyList<SectionInfo> Sections { get; init; } = [];

    public IReadOnlyList<ParseWarning> Warnings { get; init; } = [];

    /// <summary>0–1: how sure the parser is that it read the document as written (the sections' figures weighed by how
    /// much each matters, the name and e-mail found, a text layer there at all). Below 0.6 the score stage and the
    /// report should say what to check before trusting advice.</summary>
    public double? Confidence { get; init; }

    /// <summary>Printed lines whose words the parser put in no field (nor read as structure: a heading, a page number, a
    /// divider, an icon), in document order, at most <see cref="MaxUnplaced"/>: what an ATS may have dropped too.</summary>
    public IReadOnlyList<UnplacedLine> Unplaced { get; init; } = [];

    /// <summary>Unplaced lines beyond those listed in <see cref="Unplaced"/>; null when none were left out.</summary>
    public int? UnplacedMore { get; init; }

    /// <summary>The most lines <see cref="Unplaced"/> lists: enough for a person to find the parts, bounded for the report.</summary>
    public const int MaxUnplaced = 60;
}

/// <param name="Text">The line as printed (long lines cut).</param>
/// <param name="Section">The heading of the section the line sat under; null in the header above the first heading.</param>
public sealed record UnplacedLine(string Text, string? Section = null);

/// <param name="Kind">One of <see cref="SectionKinds"/>.</param>
/// <param name="Heading">The heading as the resume writes it; empty for the header block.</param>
/// <param name="Confidence">0–1: how completely the section's entries were read (each job with an employer, a title and
/// dates; each degree with a school and a type; skills as short names); null where not judged.</param>
public sealed record SectionInfo(string Kind, string Heading, double? Confidence = null);

/// <param name="Code">One of <see cref="ParseWarningCodes"/>: stable, for programs.</param>
/// <param name="Message">A sentence for people.</param>
public sealed record ParseWarning(string Code, string Message);

public static class SectionKinds
{
    public const string Summary = "summary";
    public const string Work = "work";
    public const string Education = "education";
    public const string Skills = "skills";
    public const string Projects = "projects";
    public const string Certificates = "certificates";
    public const string Awards = "awards";
    public const string Publications = "publications";
    public const string Volunteer = "volunteer";
    public const string Languages = "languages";
    public const string Interests = "interests";
    public const string References = "references";
    /// <summary>Contact details under their own heading ("Contact", "Profiles"); read into <c>basics</c>.</summary>
    public const string Contact = "contact";
    /// <summary>A heading the parser could not map to a standard section.</summary>
    public const string Other = "other";
}

public static class ParseWarningCodes
{
    /// <summary>No text layer: an ATS sees an empty page.</summary>
    public const string ImageOnly = "image-only";
    /// <summary>The text was read from the pictures with OCR (after <see cref="ImageOnly"/>): an ATS reads none of it, and words may be misread.</summary>
    public const string ReadByOcr = "read-by-ocr";
    /// <summary>Some pages have text but little of it, next to large images.</summary>
    public const string TextInImages = "text-in-images";
    public const string MultiColumn = "multi-column";
    public const string Tables = "tables";
    public const string TextBoxes = "text-boxes";
    public const string HeaderFooterContent = "header-footer-content";
    public const string UnusualHeadings = "unusual-headings";
    public const string NoSections = "no-sections";
}

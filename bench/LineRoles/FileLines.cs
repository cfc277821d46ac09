using Resume.Model;
using Resume.Parsing;
using Resume.Parsing.Detection;
using Resume.Parsing.Extraction.Docx;
using Resume.Parsing.Extraction.Pdf;
using Resume.Parsing.Extraction.Text;
using Resume.Parsing.Fields;
using Resume.Parsing.Layout;
using Resume.Parsing.Structure;

namespace LineRoles;

/// <summary>
/// One file's lines as the parser sees them (its extractors' line model), with their features, their true roles (the
/// truth's texts found in them) and the roles the rules gave them: headings as the section splitter took them, the rest
/// read back from the resume the parser built.
/// </summary>
internal static class FileLines
{
    /// <summary>The generator's heading words (bench/Parse.Holdout Style.cs) beside the parser's lexicon: the truth does
    /// not record headings, so a line standing alone that says one is a heading.</summary>
    private static readonly HashSet<string> GeneratorHeadings = new(new[]
    {
        "Summary", "Profile", "About Me", "Professional Summary", "About", "Career Objective", "Experience", "Work Experience",
        "Professional Experience", "Employment History", "Career History", "Relevant Experience", "Education",
        "Academic Background", "Education & Training", "Qualifications", "Academic History", "Skills", "Technical Skills",
        "Core Competencies", "Skills & Tools", "Expertise", "Key Skills", "Projects", "Selected Projects", "Side Projects",
        "Personal Projects", "Open Source", "Certifications", "Certificates", "Licenses & Certifications",
        "Professional Certifications", "Languages", "Spoken Languages", "Language Skills", "Awards", "Honors & Awards",
        "Achievements", "Honours", "Volunteering", "Volunteer Experience", "Community Involvement", "Volunteer Work",
        "Publications", "Selected Publications", "Writing", "Interests", "Hobbies", "Hobbies & Interests", "References",
        "Referees", "Contact", "Personal Information", "Links", "Details",
    }.Select(HeadingLexicon.Key), StringComparer.Ordinal);

    public static List<LineSample> Read(CorpusFile file)
    {
        var bytes = File.ReadAllBytes(file.Path);
        var truth = ResumeJson.Deserialize<ResumeDocument>(File.ReadAllText(file.TruthPath));

        // The rules' view: the splitter's headings on one extraction, the built resume on a second one (building
        // rewrites lines in place, so the features and the splitter must not share its copy).
        var seen = Extract(bytes);
        if (seen is null || seen.Lines.Count == 0)
        {
            return [];
        }
        var lines = seen.Lines;
        var features = LineFeatures.Compute(lines, seen.FileType);
        var texts = lines.Select(l => l.Text).ToList();
        var valueTexts = lines.Select(ValueText).ToList();
        var firstCells = lines.Select(l => l.Segments[0]).ToList();

        var split = SectionSplitter.Split(lines);
        var kept = new HashSet<TextLine>(split.Header.Concat(split.Sections.SelectMany(s => s.Lines)), ReferenceEqualityComparer.Instance);
        var ruleHeadings = lines.Select(l => kept.Contains(l) ? RoleLabeller.Heading.No : RoleLabeller.Heading.Yes).ToList();
        var built = Extract(bytes)!;
        var parsed = BuildResume(built);
        var ruleRoles = new RoleLabeller(FieldSet.From(parsed)).Label(valueTexts, ruleHeadings);

        var truthHeadings = texts.Select((t, i) => IsTruthHeading(t, firstCells[i], lines[i].Segments.Count)).ToList();
        var truthRoles = new RoleLabeller(FieldSet.From(truth)).Label(valueTexts, truthHeadings);

        return texts.Select((t, i) => new LineSample(file, i, t, features[i], truthRoles[i], ruleRoles[i])).ToList();
    }

    /// <summary>A form's line without its label cell ("Occupation or position held | Science Teacher"): the label's
    /// words would otherwise outweigh the value they name.</summary>
    private static string ValueText(TextLine line)
    {
        if (line.Segments.Count > 1 && (FieldLabels.Of(line.Segments[0].Text) != FieldLabels.Role.None
            || line.Segments[0].Text.TrimEnd().EndsWith(':') && line.Segments[0].Text.Split(' ').Length <= 4))
        {
            return string.Join(' ', line.Segments.Skip(1).Select(s => s.Text));
        }
        return line.Text;
    }

    /// <summary>What the parser builds from a file, as <see cref="ResumeParser"/> does.</summary>
    public static ResumeDocument BuildResume(LayoutDocument layout) =>
        ResumeBuilder.Build(layout, new ParseBudget(ParserOptions.Default.Timeout, CancellationToken.None));

    public static LayoutDocument? Extract(byte[] bytes)
    {
        var options = ParserOptions.Default;
        var budget = new ParseBudget(options.Timeout, CancellationToken.None);
        var sniffed = FileSniffer.Sniff(bytes, bytes.Length, 2_000_000);
        try
        {
            return sniffed.Kind switch
            {
                FileKind.Pdf => PdfExtractor.Extract(bytes, bytes.Length, options, budget),
                FileKind.Docx => DocxExtractor.Extract(bytes, bytes.Length, options, budget),
                FileKind.Text or FileKind.Markdown => PlainTextExtractor.Extract(sniffed.Text!, sniffed.Kind == FileKind.Markdown, budget),
                _ => null,
            };
        }
        catch (ParseFailure)
        {
            return null;
        }
    }

    /// <summary>A short line (or a margin cell opening one) that says a section's name.</summary>
    private static RoleLabeller.Heading IsTruthHeading(string text, LineSegment first, int segments)
    {
        var candidate = segments == 1 ? text : first.FromMargin ? first.Text : null;
        // A sentence or the tail of one ("References available upon request.", "experience.") and a number with its label
        // ("Contact: 020 7946 0321") are not headings, whatever words they hold.
        if (candidate is null || candidate.TrimEnd().EndsWith('.') || candidate.Count(char.IsDigit) >= 5)
        {
            return RoleLabeller.Heading.No;
        }
        var heading = SectionSplitter.HeadingText(candidate);
        var words = heading.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words > 6)
        {
            return RoleLabeller.Heading.No;
        }
        var match = HeadingLexicon.Match(heading);
        return GeneratorHeadings.Contains(HeadingLexicon.Key(heading)) || match is { Exact: true } ? RoleLabeller.Heading.Yes
            : match is not null && words <= 4 && segments == 1 ? RoleLabeller.Heading.Unless
            : RoleLabeller.Heading.No;
    }
}

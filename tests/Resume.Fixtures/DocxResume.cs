using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Wps = DocumentFormat.OpenXml.Office2010.Word.DrawingShape;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;

namespace Resume.Fixtures;

/// <summary>Word resumes built with the Open XML SDK: heading styles, numbered bullet lists, right tab stops, layout
/// tables, text boxes, headers.</summary>
public static class DocxResume
{
    private const int BulletNumbering = 1;

    public static byte[] Build(Person person, DocxOptions? options = null)
    {
        options ??= new DocxOptions();
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddNumbering(main);
            var body = new Body();
            main.Document = new Document(body);
            document.PackageProperties.Title = person.Name;

            var contact = ContactLine(person);
            if (options.LayoutTables)
            {
                body.Append(Row([[Styled(person.Name, "Title"), Plain(person.Label)], ContactCell(person)]));
            }
            else
            {
                body.Append(Styled(person.Name, "Title"));
                body.Append(Plain(person.Label));
                if (options.ContactInTextBox)
                {
                    body.Append(TextBox(contact));
                }
                else if (!options.ContactInHeader)
                {
                    body.Append(Plain(contact));
                }
            }
            if (options.ContactInHeader)
            {
                var header = main.AddNewPart<HeaderPart>();
                header.Header = new Header(Plain(contact));
                var id = main.GetIdOfPart(header);
                body.Append(new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = id }));
            }

            body.Append(Styled("Summary", "Heading1"));
            body.Append(Plain(person.Summary));

            body.Append(Styled("Work Experience", "Heading1"));
            foreach (var job in person.Jobs)
            {
                var dates = options.Dates.Range(job.Start, job.End);
                if (options.TabStops)
                {
                    body.Append(Tabbed(job.Company, dates, bold: true));
                    body.Append(Tabbed(job.Position, job.Location ?? "", bold: false));
                }
                else
                {
                    body.Append(Bold($"{job.Position} at {job.Company}"));
                    body.Append(Plain(dates));
                }
                foreach (var highlight in job.Highlights)
                {
                    body.Append(Bullet(highlight));
                }
            }

            body.Append(Styled("Education", "Heading1"));
            foreach (var school in person.Schools)
            {
                body.Append(Tabbed(school.Institution, options.Dates.Range(school.Start, school.End), bold: true));
                body.Append(Plain($"{school.Degree}, {school.Area}" + (school.Grade is null ? "" : $" ({school.Grade})")));
            }

            body.Append(Styled("Skills", "Heading1"));
            if (options.LayoutTables)
            {
                foreach (var group in person.Skills)
                {
                    body.Append(Row([[Bold(group.Name)], [Plain(string.Join(", ", group.Keywords))]]));
                }
            }
            else
            {
                foreach (var group in person.Skills)
                {
                    body.Append(Plain($"{group.Name}: {string.Join(", ", group.Keywords)}"));
                }
            }
            if (person.Certificates.Count > 0)
            {
                body.Append(Styled("Certifications", "Heading1"));
                foreach (var cert in person.Certificates)
                {
                    body.Append(Bullet($"{cert.Name}, {cert.Issuer} ({options.Dates.One(cert.Date)})"));
                }
            }
            if (person.Languages.Count > 0)
            {
                body.Append(Styled("Languages", "Heading1"));
                body.Append(Plain(string.Join(" · ", person.Languages.Select(l => $"{l.Language} — {l.Fluency}"))));
            }
            if (options.ContactInHeader)
            {
                // Section properties belong at the end of the body.
                var sectionProperties = body.Elements<SectionProperties>().First();
                sectionProperties.Remove();
                body.Append(sectionProperties);
            }
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static string ContactLine(Person person)
    {
        var items = new List<string> { $"{person.City}, {person.Region}", person.Phone, person.Email };
        if (person.Website is not null)
        {
            items.Add(person.Website);
        }
        if (person.LinkedIn is not null)
        {
            items.Add($"LinkedIn: {person.LinkedIn}");
        }
        if (person.GitHub is not null)
        {
            items.Add($"GitHub: {person.GitHub}");
        }
        return string.Join(" | ", items);
    }

    private static List<Paragraph> ContactCell(Person person) =>
        ContactLine(person).Split(" | ").Select(Plain).ToList();

    /// <summary>A document with this builder's styles (Title, Heading 1, List Paragraph) and bullet numbering, its
    /// body written by the caller.</summary>
    public static byte[] Compose(Action<Body, MainDocumentPart> fill)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddNumbering(main);
            var body = new Body();
            main.Document = new Document(body);
            fill(body, main);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    /// <summary>A paragraph whose text is a hyperlink to the address.</summary>
    public static Paragraph Linked(MainDocumentPart main, params (string Text, string? Url)[] pieces)
    {
        var paragraph = new Paragraph();
        foreach (var (text, url) in pieces)
        {
            var run = new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
            if (url is null)
            {
                paragraph.Append(run);
            }
            else
            {
                var relationship = main.AddHyperlinkRelationship(new Uri(url), true);
                paragraph.Append(new Hyperlink(run) { Id = relationship.Id });
            }
        }
        return paragraph;
    }

    /// <summary>Lines set apart by line breaks inside one paragraph, each bold or not.</summary>
    public static Paragraph Broken(params (string Text, bool Bold)[] lines)
    {
        var paragraph = new Paragraph();
        for (var i = 0; i < lines.Length; i++)
        {
            var run = new Run(lines[i].Bold ? new RunProperties(new Bold()) : new RunProperties());
            if (i > 0)
            {
                run.Append(new Break());
            }
            run.Append(new Text(lines[i].Text) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(run);
        }
        return paragraph;
    }

    public static Paragraph Styled(string text, string style) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Paragraph Plain(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Paragraph Bold(string text) =>
        new(new Run(new RunProperties(new Bold()), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Paragraph Italic(string text) =>
        new(new Run(new RunProperties(new Italic()), new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    public static Paragraph Bullet(string text) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = "ListParagraph" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumbering })),
        new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    /// <summary>"Left text [right tab] right text", the way Word users set a date against the margin.</summary>
    public static Paragraph Tabbed(string left, string right, bool bold)
    {
        var properties = new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Right, Position = 9360 }));
        var paragraph = new Paragraph(properties);
        paragraph.Append(new Run(bold ? new RunProperties(new Bold()) : new RunProperties(), new Text(left) { Space = SpaceProcessingModeValues.Preserve }));
        if (right.Length > 0)
        {
            paragraph.Append(new Run(new TabChar()), new Run(new Text(right) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return paragraph;
    }

    /// <summary>A borderless one-row table, each cell holding its paragraphs.</summary>
    public static Table Row(IEnumerable<IEnumerable<Paragraph>> cells)
    {
        var table = new Table(new TableProperties(
            new TableBorders(
                new TopBorder { Val = BorderValues.None }, new BottomBorder { Val = BorderValues.None },
                new LeftBorder { Val = BorderValues.None }, new RightBorder { Val = BorderValues.None },
                new InsideHorizontalBorder { Val = BorderValues.None }, new InsideVerticalBorder { Val = BorderValues.None }),
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        var row = new TableRow();
        foreach (var cell in cells)
        {
            var tableCell = new TableCell();
            tableCell.Append(cell);
            row.Append(tableCell);
        }
        table.Append(row);
        return table;
    }

    private static Paragraph TextBox(string text)
    {
        var box = new Wps.WordprocessingShape(
            new Wps.NonVisualDrawingShapeProperties(),
            new Wps.ShapeProperties(new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 5_000_000, Cy = 400_000 }),
                new A.PresetGeometry { Preset = A.ShapeTypeValues.Rectangle }),
            new Wps.TextBoxInfo2(new TextBoxContent(Plain(text))),
            new Wps.TextBodyProperties());
        var graphic = new A.Graphic(new A.GraphicData(box) { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" });
        var inline = new Wp.Inline(
            new Wp.Extent { Cx = 5_000_000, Cy = 400_000 },
            new Wp.DocProperties { Id = 1U, Name = "Contact" },
            graphic);
        return new Paragraph(new Run(new Drawing(inline)));
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = new Styles();
        foreach (var (id, name, level, size) in new[] { ("Title", "Title", -1, 48), ("Heading1", "heading 1", 0, 28), ("Heading2", "heading 2", 1, 26), ("ListParagraph", "List Paragraph", -1, 0) })
        {
            var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
            style.Append(new StyleName { Val = name });
            if (level >= 0)
            {
                style.Append(new StyleParagraphProperties(new OutlineLevel { Val = level }));
            }
            if (size > 0)
            {
                style.Append(new StyleRunProperties(new Bold(), new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            }
            styles.Append(style);
        }
        main.AddNewPart<StyleDefinitionsPart>().Styles = styles;
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var abstractNum = new AbstractNum(
            new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "•" }) { LevelIndex = 0 })
        { AbstractNumberId = 1 };
        var numbering = new Numbering(abstractNum, new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumbering });
        main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering;
    }
}

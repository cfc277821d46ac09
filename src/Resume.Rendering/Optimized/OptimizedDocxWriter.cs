using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Resume.Rendering.Pdf;

namespace Resume.Rendering.Optimized;

/// <summary>
/// The rewrite as a Word document a parser reads without guessing: real styles (Title, Heading 1), real bullet lists
/// backed by a numbering definition, one column, no tables, text boxes, tab stops, headers or footers.
/// </summary>
internal static class OptimizedDocxWriter
{
    private const string Font = "Arial";
    private const int BulletNumberingId = 1;

    public static void Write(ResumeOutline outline, ResumeDensity density, PageFrame page, Stream output)
    {
        // OpenXml needs a seekable stream for the package; a response body is not one.
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            document.PackageProperties.Title = outline.Name == "Resume" ? "Resume" : $"{outline.Name} – Resume";
            document.PackageProperties.Creator = outline.Name;
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(density);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = BulletNumbering(density);
            var body = new Body();

            body.Append(Styled("Title", Run(outline.Name)));
            if (outline.Headline.Length > 0)
            {
                body.Append(Styled("Subtitle", Run(outline.Headline)));
            }
            if (outline.Contact.Count > 0)
            {
                body.Append(Styled("Contact", Run(string.Join(OptimizedPdfLayout.ContactSeparator, outline.Contact))));
            }
            foreach (var section in outline.Sections)
            {
                body.Append(Styled("Heading1", Run(section.Heading)));
                var first = true;
                foreach (var block in section.Blocks)
                {
                    body.Append(Block(block, first, density));
                    first = false;
                }
            }
            foreach (var note in outline.Notes)
            {
                body.Append(Styled("Note", Run($"Note: {note}")));
            }
            body.Append(new SectionProperties(
                new PageSize { Width = (UInt32Value)(uint)Twips(page.Width), Height = (UInt32Value)(uint)Twips(page.Height) },
                new PageMargin
                {
                    Left = (UInt32Value)(uint)Twips(density.Margin),
                    Right = (UInt32Value)(uint)Twips(density.Margin),
                    Top = Twips(density.Margin * 0.85),
                    Bottom = Twips(density.Margin * 0.85),
                    Header = 0,
                    Footer = 0,
                    Gutter = 0,
                }));
            main.Document = new Document(body);
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Paragraph[] Block(OutlineBlock block, bool firstInSection, ResumeDensity density) => block switch
    {
        EntryBlock entry => EntryParagraphs(entry, firstInSection, density),
        ProseBlock prose => [Styled("Normal", Run(prose.Text))],
        BulletBlock bullet => [Bullet(bullet.Text)],
        LabeledBlock labeled => [Styled("Normal", Run(labeled.Label + ": ", bold: true), Run(labeled.Text))],
        _ => [],
    };

    /// <summary>Title, organisation and place, dates: one paragraph each, as in the PDF.</summary>
    private static Paragraph[] EntryParagraphs(EntryBlock entry, bool firstInSection, ResumeDensity density)
    {
        var paragraphs = new List<Paragraph>();
        if (entry.Title.Length > 0)
        {
            paragraphs.Add(Styled("EntryTitle", Run(entry.Title, bold: true)));
        }
        if (OutlineText.Organisation(entry) is { Length: > 0 } organisation)
        {
            paragraphs.Add(Styled("EntrySubtitle", Run(organisation, italic: true)));
        }
        if (entry.Dates.Length > 0)
        {
            paragraphs.Add(Styled("EntryDates", Run(entry.Dates)));
        }
        if (!firstInSection && paragraphs.Count > 0)
        {
            paragraphs[0].ParagraphProperties!.Append(new SpacingBetweenLines { Before = Twips(density.EntryGap).ToString(CultureInfo.InvariantCulture) });
        }
        return [.. paragraphs];
    }

    private static Paragraph Bullet(string text) => new(
        new ParagraphProperties(
            new ParagraphStyleId { Val = "ListBullet" },
            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletNumberingId })),
        Run(text));

    private static Paragraph Styled(string style, params Run[] runs)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }
            if (italic)
            {
                properties.Append(new Italic());
            }
            run.Append(properties);
        }
        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Styles Styles(ResumeDensity d)
    {
        var line = ((int)Math.Round(240 * d.Leading / 1.15)).ToString(CultureInfo.InvariantCulture);
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = HalfPoints(d.Body) },
                    new FontSizeComplexScript { Val = HalfPoints(d.Body) },
                    new Languages { Val = "en-US" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Before = "0", After = "0", Line = line, LineRule = LineSpacingRuleValues.Auto }))));
        styles.Append(
            ParagraphStyle("Normal", "Normal", isDefault: true),
            ParagraphStyle("Title", "Title", run: [new Bold(), new Color { Val = "111111" }, new FontSize { Val = HalfPoints(d.Name) }],
                paragraph: [new SpacingBetweenLines { After = "40", Line = "240", LineRule = LineSpacingRuleValues.Auto }]),
            ParagraphStyle("Subtitle", "Subtitle", run: [new Color { Val = "444444" }, new FontSize { Val = HalfPoints(d.Body + 1.5) }]),
            ParagraphStyle("Contact", "Contact", run: [new FontSize { Val = HalfPoints(d.Body - 0.5) }],
                paragraph: [new SpacingBetweenLines { Before = "40" }]),
            ParagraphStyle("Heading1", "heading 1",
                run: [new Bold(), new Color { Val = "1B3A6B" }, new FontSize { Val = HalfPoints(d.Heading) }],
                paragraph:
                [
                    new KeepNext(),
                    new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "1B3A6B" }),
                    new SpacingBetweenLines { Before = Twips(d.SectionGap).ToString(CultureInfo.InvariantCulture), After = "80" },
                    new OutlineLevel { Val = 0 },
                ]),
            ParagraphStyle("EntryTitle", "Entry Title", paragraph: [new KeepNext()]),
            ParagraphStyle("EntrySubtitle", "Entry Subtitle", run: [new Color { Val = "444444" }], paragraph: [new KeepNext()]),
            ParagraphStyle("EntryDates", "Entry Dates", paragraph: [new KeepNext()]),
            ParagraphStyle("ListBullet", "List Bullet"),
            ParagraphStyle("Note", "Note", run: [new Italic(), new Color { Val = "444444" }, new FontSize { Val = HalfPoints(Math.Max(7.5, d.Body - 2)) }],
                paragraph: [new SpacingBetweenLines { Before = "120" }]));
        return styles;
    }

    private static Style ParagraphStyle(string id, string name, bool isDefault = false, OpenXmlElement[]? run = null, OpenXmlElement[]? paragraph = null)
    {
        // Children go in the schema's order: name, basedOn, next, qFormat, pPr, rPr.
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }
        else
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }
        style.Append(new PrimaryStyle());
        if (paragraph is { Length: > 0 })
        {
            style.Append(new StyleParagraphProperties(paragraph));
        }
        if (run is { Length: > 0 })
        {
            style.Append(new StyleRunProperties(run));
        }
        return style;
    }

    /// <summary>One bullet level: a round bullet with a hanging indent, the way Word's own bullet button makes them.</summary>
    private static Numbering BulletNumbering(ResumeDensity d)
    {
        var indent = Twips(d.Body * 1.3);
        var abstractNumber = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.HybridMultilevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "•" },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent.ToString(CultureInfo.InvariantCulture), Hanging = (indent * 2 / 3).ToString(CultureInfo.InvariantCulture) }),
                new NumberingSymbolRunProperties(new RunFonts { Ascii = Font, HighAnsi = Font, Hint = FontTypeHintValues.Default }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 };
        return new Numbering(abstractNumber, new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletNumberingId });
    }

    private static int Twips(double points) => (int)Math.Round(points * 20);

    private static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);
}

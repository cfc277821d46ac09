using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A CV set as a table whose rows open with a label cell naming their section: a row's label the lexicon does
/// not know (a slip of the pen) still heads its row, and the row's dated entries say which kind of section it is.</summary>
public sealed class RowLabelKindTests
{
    [Fact]
    public void A_row_label_the_lexicon_does_not_know_heads_the_dated_jobs_beside_it()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Bold("Lebenslauf"));
            body.Append(Row("Persönliche Daten", "Jorinde Halvarsen", "jorinde.halvarsen@example.de"));
            body.Append(Row("Ausbildung", "10.2004 – 07.2009 Hochschule Talheim", "Diplom-Ingenieurin Verfahrenstechnik"));
            body.Append(Row("Weiterbildung", "2019 Verhandlungsführung, Akademie Brunnfeld", "2016 Projektleitung, Akademie Brunnfeld"));
            body.Append(Row("Berufliche Werdegänge",
                "03.2018 – heute Morvik Lebensmittel GmbH", "Leiterin Qualitätssicherung", "Verantwortlich für drei Werke",
                "09.2013 – 02.2018 Elbtal Molkerei AG", "Produktionsleiterin",
                "08.2009 – 08.2013 Sandhaven Aromen GmbH", "Verfahrensingenieurin"));
            body.Append(Row("Sprachen", "Deutsch Muttersprache", "Englisch fließend"));
        }));

        Assert.Equal(["Morvik Lebensmittel GmbH", "Elbtal Molkerei AG", "Sandhaven Aromen GmbH"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Leiterin Qualitätssicherung", "Produktionsleiterin", "Verfahrensingenieurin"], resume.Work.Select(w => w.Position));
        Assert.DoesNotContain(resume.Certificates, c => c.Name is { } n && n.Contains("Molkerei", StringComparison.Ordinal));
    }

    private static DocumentFormat.OpenXml.Wordprocessing.Table Row(string label, params string[] lines) =>
        DocxResume.Row([[DocxResume.Plain(label)], lines.Select(DocxResume.Plain)]);
}

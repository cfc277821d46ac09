using System.Text;

namespace Resume.Fixtures;

/// <summary>The resumes committed under samples/: one of each format and layout family, people made up.</summary>
public static class SampleSet
{
    public static IEnumerable<(string Name, byte[] Bytes)> Files()
    {
        yield return ("marta-lindqvist.pdf", PdfResume.SingleColumn(People.Backend));
        yield return ("zoe-nguyen-aberg-two-column.pdf", PdfResume.TwoColumn(People.Designer));
        yield return ("dmitry-sokolov-table.pdf", PdfResume.Table(People.DataEngineer));
        yield return ("chen-jing.pdf", PdfResume.SingleColumn(People.Cjk, DateStyle.Numeric));
        yield return ("marta-lindqvist.docx", DocxResume.Build(People.Backend));
        yield return ("zoe-nguyen-aberg-tables.docx", DocxResume.Build(People.Designer, new DocxOptions { LayoutTables = true, Dates = DateStyle.LongMonth }));
        yield return ("dmitry-sokolov.txt", Encoding.UTF8.GetBytes(TextResume.Plain(People.DataEngineer)));
        yield return ("marta-lindqvist.md", Encoding.UTF8.GetBytes(TextResume.Markdown(People.Backend)));
    }
}

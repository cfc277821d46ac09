using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A CV laid out as labels set flush right beside their values (the 2004 Europass form): a long label wraps in its
/// column ("Name and type of organisation" / "providing education and training"), the value beside its first line.
/// A page that begins with such a label, the rest of its entry left on the page before, is still read across.
/// </summary>
public sealed class WrappedFieldLabelTests
{
    private const double LabelRight = 205, Value = 224, LabelSize = 9, ValueSize = 9.5;

    [Fact]
    public void A_page_of_labels_whose_long_ones_wrap_is_read_label_beside_value()
    {
        var resume = Read(TwoPages());

        Assert.Equal(
            [("Universidad de Sevilla", "PhD"), ("Lunds universitet", "Master of Science"), ("University of Otago", "BSc")],
            resume.Education.Select(e => (e.Institution!, e.StudyType!)));
        Assert.Contains("Hydrology", resume.Education.Select(e => e.Area));
    }

    private static byte[] TwoPages()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.DrawRight("Curriculum Vitae", LabelRight, 13);
            c.Advance(28);
            c.DrawRight("Personal information", LabelRight, 12, bold: true);
            c.Advance(18);
            Field(c, "First name(s) / Surname(s)", "Marisol Achterberg");
            Field(c, "Address", "Uppsala, Sweden");
            Field(c, "E-mail", "marisol.achterberg@example.com");
            Field(c, "Telephone(s)", "+46 70 123 45 67");
            c.Advance(12);
            c.DrawRight("Work experience", LabelRight, 12, bold: true);
            c.Advance(18);
            foreach (var (dates, role, employer) in new[]
            {
                ("03/2019 - present", "Senior Hydrologist", "Norrvatten AB"),
                ("09/2015 - 02/2019", "Hydrologist", "Sveriges meteorologiska institut"),
                ("01/2013 - 08/2015", "Research Assistant", "Lunds universitet"),
            })
            {
                Field(c, "Dates", dates);
                Field(c, "Occupation or position held", role);
                Field(c, "Main activities and responsibilities", "Modelled river flows for flood warnings across the region");
                Field(c, "Name and address of employer", employer);
                c.Advance(14);
            }
            c.DrawRight("Education and training", LabelRight, 12, bold: true);
            c.Advance(18);
            Field(c, "Dates", "09/2008 - 06/2012");
            Field(c, "Title of qualification awarded", "PhD");
            Field(c, "Principal subjects / occupational", "Hydrology", "skills covered");
            c.NewPage();
            Field(c, "Name and type of organisation", "Universidad de Sevilla", "providing education and training");
            c.Advance(10);
            Degree(c, "09/2006 - 06/2008", "Master of Science", "Water Resources", "Lunds universitet");
            Degree(c, "02/2002 - 11/2005", "BSc", "Geography", "University of Otago");
            c.DrawRight("Personal skills and competences", LabelRight, 12, bold: true);
            c.Advance(18);
            Field(c, "Technical skills and competences", "Python, R, HEC-RAS");
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void Degree(PdfCanvas c, string dates, string title, string subjects, string organisation)
    {
        Field(c, "Dates", dates);
        Field(c, "Title of qualification awarded", title);
        Field(c, "Principal subjects / occupational", subjects, "skills covered");
        Field(c, "Name and type of organisation", organisation, "providing education and training");
        c.Advance(10);
    }

    /// <summary>A label flush right against its column, its value beside it; a label's second line goes under it.</summary>
    private static void Field(PdfCanvas c, string label, string value, string? labelGoesOn = null)
    {
        c.DrawRight(label, LabelRight, LabelSize);
        c.Draw(value, Value, ValueSize);
        c.Advance(12);
        if (labelGoesOn is not null)
        {
            c.DrawRight(labelGoesOn, LabelRight, LabelSize);
            c.Advance(12);
        }
    }
}

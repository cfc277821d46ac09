using Resume.Fixtures;
using static Resume.Parsing.Tests.EuropassForm;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A CV laid out as labels set flush right beside their values (the 2004 Europass form): a long label wraps in its
/// column ("Name and type of organisation" / "providing education and training"), the value beside its first line.
/// A page that begins with such a label, the rest of its entry left on the page before, is still read across.
/// </summary>
public sealed class WrappedFieldLabelTests
{
    [Fact]
    public void A_page_of_labels_whose_long_ones_wrap_is_read_label_beside_value()
    {
        var resume = Read(TwoPages());

        Assert.Equal(
            [("Universidad de Sevilla", "PhD"), ("Lunds universitet", "Master of Science"), ("University of Otago", "BSc")],
            resume.Education.Select(e => (e.Institution!, e.StudyType!)));
        Assert.Contains("Hydrology", resume.Education.Select(e => e.Area));
    }

    private static byte[] TwoPages() => EuropassForm.Draw(
        [("First name(s) / Surname(s)", "Marisol Achterberg"), ("Address", "Uppsala, Sweden"),
            ("E-mail", "marisol.achterberg@example.com"), ("Telephone(s)", "+46 70 123 45 67")],
        c =>
        {
            EuropassForm.Heading(c, "Work experience");
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
            EuropassForm.Heading(c, "Education and training");
            Field(c, "Dates", "09/2008 - 06/2012");
            Field(c, "Title of qualification awarded", "PhD");
            Field(c, "Principal subjects / occupational", "Hydrology", "skills covered");
            c.NewPage();
            Field(c, "Name and type of organisation", "Universidad de Sevilla", "providing education and training");
            c.Advance(10);
            Degree(c, "09/2006 - 06/2008", "Master of Science", "Water Resources", "Lunds universitet");
            Degree(c, "02/2002 - 11/2005", "BSc", "Geography", "University of Otago");
            EuropassForm.Heading(c, "Personal skills and competences");
            Field(c, "Technical skills and competences", "Python, R, HEC-RAS");
        });

    private static void Degree(PdfCanvas c, string dates, string title, string subjects, string organisation)
    {
        Field(c, "Dates", dates);
        Field(c, "Title of qualification awarded", title);
        Field(c, "Principal subjects / occupational", subjects, "skills covered");
        Field(c, "Name and type of organisation", organisation, "providing education and training");
        c.Advance(10);
    }
}

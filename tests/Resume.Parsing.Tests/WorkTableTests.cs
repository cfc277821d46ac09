using static Resume.Parsing.Tests.Parsing;
using static Resume.Parsing.Tests.PdfTeXPage;

namespace Resume.Parsing.Tests;

/// <summary>Jobs set as a table under a header row naming its columns ("Employer | Role | Dates"), as HTML and Word CVs
/// set them (invented people): each row is a post; a blank employer cell is another post at the employer above; the
/// role cell's words before a colon are the title, those after it what the post was about.</summary>
public sealed class WorkTableTests
{
    [Fact]
    public void Each_row_under_the_header_is_a_post_and_a_blank_employer_cell_keeps_the_employer_above()
    {
        var resume = Read(Page(
            Words(60, 760, 20, "Orla Brennick", Upright),
            Words(60, 740, 10, "orla.brennick@example.org", Upright),
            Words(60, 700, 14, "Experience", Bold),
            Words(60, 680, 9, "Employer", Bold) + Words(170, 680, 9, "Role", Bold) + Words(500, 680, 9, "Dates", Bold),
            Words(60, 664, 9, "Halden Architects", Upright) + Words(170, 664, 9, "Director: Practice lead for heritage work.", Upright)
                + Words(500, 664, 9, "2022-2023", Upright),
            Words(170, 646, 9, "Associate: Ran the refurbishment of two colleges.", Upright) + Words(500, 646, 9, "2019-2022", Upright),
            Words(60, 628, 9, "Brennock University", Upright) + Words(170, 628, 9, "Visiting Lecturer: Taught technical drawing.", Upright)
                + Words(500, 628, 9, "2015-2018", Upright),
            Words(60, 590, 14, "Education", Bold),
            Words(60, 570, 10, "M.Arch in Architecture, University of Northam, 2014", Upright)));

        Assert.Equal(["Halden Architects", "Halden Architects", "Brennock University"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Director", "Associate", "Visiting Lecturer"], resume.Work.Select(w => w.Position));
        Assert.Equal(["2022", "2019", "2015"], resume.Work.Select(w => w.StartDate));
    }

    [Fact]
    public void Header_cells_read_as_one_phrase_still_name_their_columns()
    {
        // The employer's cell is set flush right against the role's, as an HTML table's "Employer | Role" header is:
        // the extractor reads "Employer Role" and "Halden Architects Director: …" as one phrase each.
        static string Right(double edge, double y, string text) => Words(edge - text.Length * 5.4, y, 9, text, Upright);
        var resume = Read(Page(
            Words(60, 760, 20, "Orla Brennick", Upright),
            Words(60, 740, 10, "orla.brennick@example.org", Upright),
            Words(60, 700, 14, "Experience", Bold),
            Words(100, 680, 9, "Employer Role", Bold) + Words(500, 680, 9, "Dates", Bold),
            Right(143, 664, "Halden Architects") + Words(146, 664, 9, "Director: Practice lead for heritage work.", Upright)
                + Words(500, 664, 9, "2022-2023", Upright),
            Words(146, 646, 9, "Associate: Ran the refurbishment of two colleges.", Upright) + Words(500, 646, 9, "2019-2022", Upright),
            Right(143, 628, "Calder College") + Words(146, 628, 9, "Visiting Lecturer: Taught technical drawing.", Upright)
                + Words(500, 628, 9, "2015-2018", Upright),
            Words(60, 590, 14, "Education", Bold),
            Words(60, 570, 10, "M.Arch in Architecture, University of Northam, 2014", Upright)));

        Assert.Equal(["Halden Architects", "Halden Architects", "Calder College"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Director", "Associate", "Visiting Lecturer"], resume.Work.Select(w => w.Position));
    }

    [Theory]
    [InlineData("Empresa", "Cargo", "Periodo", "Experiencia")]
    [InlineData("Arbeitgeber", "Funktion", "Zeitraum", "Berufserfahrung")]
    [InlineData("Entreprise", "Poste", "Période", "Expérience")]
    public void A_header_in_the_language_of_the_cv_names_its_columns(string employer, string role, string dates, string heading)
    {
        var resume = Read(Page(
            Words(60, 760, 20, "Orla Brennick", Upright),
            Words(60, 740, 10, "orla.brennick@example.org", Upright),
            Words(60, 700, 14, heading, Bold),
            Words(60, 680, 9, employer, Bold) + Words(170, 680, 9, role, Bold) + Words(500, 680, 9, dates, Bold),
            Words(60, 664, 9, "Halden Arquitectos", Upright) + Words(170, 664, 9, "Directora", Upright) + Words(500, 664, 9, "2022-2023", Upright),
            Words(60, 646, 9, "Calder Ingenieros", Upright) + Words(170, 646, 9, "Delineante", Upright) + Words(500, 646, 9, "2015-2018", Upright),
            Words(60, 606, 14, "Education", Bold),
            Words(60, 586, 10, "M.Arch in Architecture, University of Northam, 2014", Upright)));

        Assert.Equal([("Halden Arquitectos", "Directora", "2022"), ("Calder Ingenieros", "Delineante", "2015")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate)));
    }
}

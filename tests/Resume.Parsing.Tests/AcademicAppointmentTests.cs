using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>An academic's appointments (invented people): "Title, Lab, Department, University" names the university as
/// the employer and the title alone as the position, whatever lab, department or supervisor stands between; who
/// sponsored a post, in brackets after its title, is no part of the title.</summary>
public sealed class AcademicAppointmentTests
{
    [Fact]
    public void The_university_closing_an_appointment_line_is_the_employer_and_the_units_between_are_no_part_of_the_title()
    {
        var resume = Read(string.Join('\n',
            "Mira Holloway",
            "mira.holloway@example.org",
            "",
            "Research Experience",
            "2019-2023  Graduate Research Assistant, Kessler Lab, Department of Biology, University of Northam",
            "2016       Graduate Teaching Assistant, Psychology, Eastfield University",
            "2015-2016  Research Technician , Paula R. Jensen, Westbrook University",
            "",
            "Education",
            "2019  PhD Biology, University of Northam"));

        Assert.Equal(["University of Northam", "Eastfield University", "Westbrook University"], resume.Work.Select(w => w.Name!));
        Assert.Equal(["Graduate Research Assistant", "Graduate Teaching Assistant", "Research Technician"], resume.Work.Select(w => w.Position!));
    }

    [Fact]
    public void A_university_below_the_lab_and_department_lines_is_the_employer()
    {
        var resume = Read(string.Join('\n',
            "Tomas Ferreira-Lind",
            "tomas.fl@example.org",
            "",
            "Research Experience",
            "2019-2024     Graduate Student Researcher, Okafor Lab,",
            "              Dept. of Plant Sciences, University of Brennock",
            "2016-2018     Undergraduate Lab Assistant, Varga Bioinformatics Lab,",
            "              Dept. of Chemistry, Halden University",
            "",
            "Education",
            "2018  BS Biology, Halden University"));

        Assert.Equal(["University of Brennock", "Halden University"], resume.Work.Select(w => w.Name!));
        Assert.Equal(["Graduate Student Researcher", "Undergraduate Lab Assistant"], resume.Work.Select(w => w.Position!));
    }

    [Fact]
    public void A_mentor_in_brackets_after_a_bold_title_over_an_italic_employer_is_no_part_of_the_title()
    {
        var bytes = DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Ana Quillfeldt", "Title"));
            body.Append(DocxResume.Plain("ana.q@example.org"));
            body.Append(DocxResume.Styled("Career", "Heading1"));
            foreach (var (title, employer, dates, item) in new[]
            {
                ("Postdoctoral researcher (Sponsor: Inge Marhold)", "Brightwater University", "2023 – Present", "Studied lattice counting in rank two"),
                ("Hill Assistant Professor (Mentor: R. Osei)", "Calder College", "2020 – 2023", "Ran the number theory seminar"),
            })
            {
                body.Append(DocxResume.Tabbed(title, dates, bold: true));
                body.Append(DocxResume.Italic(employer));
                body.Append(DocxResume.Bullet(item));
            }
        });

        var resume = Read(bytes);

        Assert.Equal(["Postdoctoral researcher", "Hill Assistant Professor"], resume.Work.Select(w => w.Position!));
    }

    [Fact]
    public void A_sponsor_in_brackets_after_the_title_is_no_part_of_it()
    {
        var resume = Read(string.Join('\n',
            "Ana Quillfeldt",
            "ana.q@example.org",
            "",
            "Appointments",
            "2023-present  Postdoctoral researcher (Sponsor: Inge Marhold), Brightwater University",
            "2020-2023     Visiting Assistant Professor (Mentor: R. Osei), Calder College"));

        Assert.Equal(["Postdoctoral researcher", "Visiting Assistant Professor"], resume.Work.Select(w => w.Position!));
        Assert.Equal(["Brightwater University", "Calder College"], resume.Work.Select(w => w.Name!));
    }
}

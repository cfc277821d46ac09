using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Who supervised a degree or an academic post, written on its line after a comma, a semicolon or a dash behind a
/// label ("Advisors: …", "Betreuer: …", "directeur de thèse : …"), is said of the degree or the post (invented people):
/// it is neither the degree's field nor the post's title.</summary>
public sealed class SupervisorNoteTests
{
    private static Resume.Model.Education OnlySchool(string lines) =>
        Assert.Single(Read($"Ana Ruiz\nana@example.com\n\nEDUCATION\n{lines}\n\nSKILLS\nExcel, SQL\n").Education);

    [Theory]
    [InlineData("Ph.D. in Chemical Engineering, Advisors: Lena Marsh, Kofi Boateng", "Chemical Engineering")]
    [InlineData("MSc in Marine Biology; Supervisor: Dr. Ivo Hald", "Marine Biology")]
    [InlineData("Master en Économie – Directeur de thèse : Marc Roybet", "Économie")]
    [InlineData("Mestrado em Engenharia Civil, Orientadora: Profa. Rita Saldanha", "Engenharia Civil")]
    public void A_supervisor_named_after_the_degree_is_not_its_field(string line, string area)
    {
        var school = OnlySchool($"Northgate University   2018 - 2023\n{line}");

        Assert.Equal(("Northgate University", area), (school.Institution, school.Area));
    }

    [Fact]
    public void A_supervisor_named_after_the_title_is_no_part_of_it()
    {
        var resume = Read(string.Join('\n',
            "Ana Quillfeldt",
            "ana.q@example.org",
            "",
            "Work Experience",
            "Brightwater University",
            "Postdoctoral Fellow, Advisor: Inge Marhold        2023 - Present",
            "- Built a melt press for biopolymer films",
            "Calder College",
            "Research Assistant; Betreuer: Prof. Kai Osei        2019 - 2023",
            "- Measured the rheology of mucus samples"));

        Assert.Equal(["Postdoctoral Fellow", "Research Assistant"], resume.Work.Select(w => w.Position!));
        Assert.Equal(["Brightwater University", "Calder College"], resume.Work.Select(w => w.Name!));
    }
}

using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>How people lay a degree out around its school: a campus named with "at", a degree before a colon, a profile
/// export's degree line wrapped over its dates, major and minor labels, honours and sentences under the school, the town
/// set in a cell of its own, a school named by its initials.</summary>
public sealed class DegreeLayoutTests
{
    private static IReadOnlyList<Resume.Model.Education> Degrees(string lines) =>
        Read($"Ana Ruiz\nana@example.com\n\nEDUCATION\n{lines}\n\nSKILLS\nExcel, SQL\n").Education;

    [Fact]
    public void At_inside_a_universitys_own_name_names_its_campus_not_where_it_was_studied()
    {
        var school = Assert.Single(Degrees("University of Northern Texas at Denton   2014 - 2018\nBachelor of Science in Physics"));

        Assert.Equal(("University of Northern Texas at Denton", "Bachelor of Science", "Physics"), (school.Institution, school.StudyType, school.Area));
    }

    [Fact]
    public void A_short_degree_beside_its_opening_dates_is_what_was_studied_not_where()
    {
        var schools = Degrees("2019 – 2021    MSc in Physics\n               Harwick University, Lyon\n\n"
            + "2015 – 2019    BA History\n               Eastmere College, Leeds");

        Assert.Equal(
            [("MSc", "Physics"), ("BA", "History")],
            schools.Select(s => (s.StudyType, s.Area)));
    }

    [Fact]
    public void A_degree_before_a_colon_sets_apart_its_field_or_its_school()
    {
        var schools = Degrees("• Postdoctoral: Harbour State University, 2016—2017\n• Ph.D.: Chemistry, Lakeview University, 2011—2016\n"
            + "• B.S.: Chemistry, Harbour State University, 2008—2011");

        Assert.Equal(
            [("Harbour State University", "Postdoctoral", null), ("Lakeview University", "Ph.D.", "Chemistry"), ("Harbour State University", "B.S.", "Chemistry")],
            schools.Select(s => (s.Institution, s.StudyType, s.Area)));
    }

    [Fact]
    public void A_profile_exports_degree_line_wrapped_over_its_dates_keeps_its_whole_field_and_the_next_school()
    {
        var schools = Read(ProfileEducation()).Education;

        Assert.Equal(
            [
                ("Lakeview State University", "Tecnólogo", "Gestão Financeira"),
                ("Northgate Teachers College", "Master of Education - MEd", "Curriculum Design, Assessment & Leadership"),
                ("Harbour Polytechnic Institute", "Master of Science - MS", "Telecommunication Systems"),
            ],
            schools.Select(s => (s.Institution, s.StudyType, s.Area)));
        Assert.Equal(["2020-01", "2019-08", "2003-05"], schools.Select(s => s.StartDate));
    }

    [Fact]
    public void A_label_names_the_major_degree_and_a_minor_is_neither_degree_nor_field()
    {
        var schools = Degrees("Harbour State University\nMajor: Bachelor of Arts in Graphic Design\nMinor: Digital Media Arts & Engineering (DMAE)\n\n"
            + "Lakeview College\nBA, Emergent Media\nMinors: Marketing, Studio Art\n\nNorth Ridge University   2019 - 2023\nMAJORS: Economics");

        Assert.Equal(
            [("Harbour State University", "Bachelor of Arts", "Graphic Design"), ("Lakeview College", "BA", "Emergent Media"), ("North Ridge University", null, "Economics")],
            schools.Select(s => (s.Institution, s.StudyType, s.Area)));
    }

    [Fact]
    public void Honours_and_sentences_in_the_persons_own_voice_name_no_school_and_no_field()
    {
        var schools = Degrees("Bachelor of Science in Nursing\nEastbrook University • Albany, New York\n05/2012\n"
            + "Golden Key International honors society\nDean’s list at Lakeview College.\n\n"
            + "Westfield Park High School, Denver, CO   August 2016 - May 2020\nI’m taking AP Calculus, AP Spanish and AP Biology.\n\n"
            + "Tremont Valley High School, Tremont, IL, Diploma awarded May 2015");

        Assert.Equal(3, schools.Count);
        Assert.StartsWith("Eastbrook University", schools[0].Institution);
        Assert.DoesNotContain("honors", schools[0].Institution);
        Assert.Equal(("Bachelor of Science", "Nursing"), (schools[0].StudyType, schools[0].Area));
        Assert.StartsWith("Westfield Park High School", schools[1].Institution);
        Assert.Null(schools[1].Area);
        Assert.Equal(("Diploma", null), (schools[2].StudyType, schools[2].Area));
    }

    [Fact]
    public void A_programme_named_by_its_own_word_is_the_field_and_the_short_name_in_the_cell_beside_it_is_the_town()
    {
        var school = Degrees("Norwegian language course   Bergen\nFjordtalen Bergen   2015 – 2016\n"
            + "Passed the final oral and written exams.\n\nMaster of Science in Physics   Oslo, Norway\nNordlys University   2011 – 2014")[0];

        Assert.Equal(("Fjordtalen Bergen", null, "Norwegian language course"), (school.Institution, school.StudyType, school.Area));
    }

    [Fact]
    public void A_school_named_by_its_initials_alone_is_the_school_beside_a_degree_and_its_field()
    {
        var schools = Degrees("Technicien ES - Software development   2022 – 2024\nCFPT   Geneva\n• C# software development\n\n"
            + "CFC - Software development   2017 – 2021\nCFPT   Geneva\n• Mobile development");

        Assert.Equal([("CFPT", "Technicien ES", "Software development"), ("CFPT", "CFC", "Software development")],
            schools.Select(s => (s.Institution, s.StudyType, s.Area)));
    }

    [Fact]
    public void Awards_in_a_subject_listed_under_a_school_and_its_degree_are_certificates()
    {
        var resume = Read("Ana Ruiz\nana@example.com\n\nEDUCATION\nHarbour Park High School   GCSE in Maths and English\nWestmoor College\n"
            + "NVQ Level 2 Catering and Hospitality\nQCF Level 1 Award In Customer Service\nQCF Level 2 Certificate In Food Safety And Hygiene\n\n"
            + "SKILLS\nStock control\n");

        Assert.Equal([("Harbour Park High School", "GCSE"), ("Westmoor College", "NVQ Level 2")], resume.Education.Select(e => (e.Institution, e.StudyType)));
        Assert.Equal(["QCF Level 1 Award In Customer Service", "QCF Level 2 Certificate In Food Safety And Hygiene"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void Sidebar_list_lines_set_apart_by_space_are_items_however_full_and_a_dated_one_is_no_follow_up()
    {
        var resume = Read(SidebarCertificates());

        Assert.Equal(
            ["Fundamentos de Suporte Técnico", "Desenvolvimento Web Front End", "Teachers Summit 2016", "Lógica de Programação"],
            resume.Certificates.Select(c => c.Name + (c.Date is { } d ? " " + d : "")));
        Assert.Equal(2, resume.Work.Count);
    }

    [Fact]
    public void Header_lines_each_with_dates_of_their_own_are_a_degree_each_and_a_stage_label_over_a_school_is_no_school()
    {
        // As a word processor saves it: each stage in bold, each school with its years after a tab.
        var bytes = DocxResume.Compose((body, _) => body.Append(
            DocxResume.Styled("Lara Domingo", "Title"), DocxResume.Plain("lara.domingo@example.com"), DocxResume.Styled("Education", "Heading2"),
            DocxResume.Bold("Elementary"), DocxResume.Tabbed("Bayview Elementary School", "2007-2013", false),
            DocxResume.Bold("Junior High School"), DocxResume.Tabbed("San Roque National High School", "2013-2017", false),
            DocxResume.Bold("College"), DocxResume.Tabbed("Harbour Computer College Laguna", "2019-2021", false),
            DocxResume.Tabbed("Pamantasan ng Lungsod ng Bayview", "2021-present", false),
            DocxResume.Styled("Skills", "Heading2"), DocxResume.Plain("Customer service, Excel")));
        var schools = Read(bytes).Education;

        Assert.Equal(
            [("Bayview Elementary School", null), ("San Roque National High School", null), ("Harbour Computer College Laguna", null), ("Pamantasan ng Lungsod ng Bayview", null)],
            schools.Select(s => (s.Institution, s.Area)));
    }

    [Fact]
    public void A_leader_of_dashes_between_a_degree_and_its_school_parts_them()
    {
        var school = Assert.Single(Degrees("2004 BS Computer Science & Cognitive Psychology -------- Northgate University"));

        Assert.Equal(("Northgate University", "BS", "Computer Science & Cognitive Psychology"), (school.Institution, school.StudyType, school.Area));
    }

    [Theory]
    [InlineData("Northgate University   2015 - 2017\nMLIS", "Northgate University", "MLIS", null)]
    [InlineData("Harbour State University, Nashville, TN   2020\nPhD Candidate in Earth Science", "Harbour State University", "PhD Candidate", "Earth Science")]
    [InlineData("Lakeview College, Spring 2014\nBachelor’s in Environmental Biology", "Lakeview College", "Bachelor’s", "Environmental Biology")]
    [InlineData("Westmoor College, Penzance:   Sep 2017 - Sep 2019\nStudent of Games Design", "Westmoor College", null, "Games Design")]
    public void Degree_initials_standing_and_words_about_when_or_who_are_read_apart_from_the_field(string lines, string institution, string? type, string? area)
    {
        var school = Assert.Single(Degrees(lines));

        Assert.StartsWith(institution, school.Institution);
        Assert.DoesNotContain(":", school.Institution);
        Assert.Equal((type, area), (school.StudyType, school.Area));
    }

    /// <summary>A profile export's sidebar: certificates one to a line at a wide pitch (1.7 times their type), each line
    /// nearly filling the narrow column; one of them ends in a year.</summary>
    private static byte[] SidebarCertificates()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            c.Draw("Contact", 22, 13, y: 44);
            c.Draw("leia.moraes@example.com", 22, 10.5, y: 65);
            c.Draw("Certifications", 22, 13, y: 100);
            var y = 121.0;
            foreach (var name in (string[])["Fundamentos de Suporte Técnico", "Desenvolvimento Web Front End", "Teachers Summit 2016", "Lógica de Programação"])
            {
                c.Draw(name, 22, 10.5, y: y);
                y += 17.6;
            }
            c.Draw("Leia Moraes", 224, 26, y: 45);
            c.Draw("Analista Fiscal", 224, 12, y: 77);
            c.Draw("Experiência", 224, 15.8, y: 127);
            c.Draw("Grupo Horizonte", 224, 12, y: 160);
            c.Draw("Analista Fiscal Jr", 224, 11.5, y: 177);
            c.Draw("abril de 2021 - Present (3 anos)", 224, 10.5, y: 192);
            c.Draw("Gdansk, Pomorskie, Poland", 224, 10.5, y: 207);
            c.Draw("Secretaria Estadual", 224, 12, y: 240);
            c.Draw("Assistente Administrativo", 224, 11.5, y: 257);
            c.Draw("março de 2018 - abril de 2021 (3 anos)", 224, 10.5, y: 272);
        }
        return document.ToBytes();
    }

    /// <summary>A profile export's education: each school in 12 pt, its degree line in 10.5 pt ending in its dates. The
    /// first degree's dates stand in a cell of their own; the second degree's line wrapped so that the end of its field
    /// stands before its dates on the next line.</summary>
    private static byte[] ProfileEducation()
    {
        const double Main = 224;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            c.Draw("Marta Quental", Main, 26, y: 45);
            c.Draw("marta.quental@example.com", Main, 10.5, y: 70);
            c.Draw("Education", Main, 15.8, y: 110);
            c.Draw("Lakeview State University", Main, 12, y: 140);
            c.Draw("Tecnólogo, Gestão Financeira", Main, 10.5, y: 158);
            c.Draw("· (janeiro de 2020 - julho de 2023)", Main + 170, 10.5, y: 158);
            c.Draw("Northgate Teachers College", Main, 12, y: 190);
            c.Draw("Master of Education - MEd, Curriculum Design, Assessment &", Main, 10.5, y: 208);
            c.Draw("Leadership · (August 2019 - December 2021)", Main, 10.5, y: 226);
            c.Draw("Harbour Polytechnic Institute", Main, 12, y: 258);
            c.Draw("Master of Science - MS, Telecommunication Systems · (May 2003 - December 2005)", Main, 10.5, y: 276);
        }
        return document.ToBytes();
    }
}

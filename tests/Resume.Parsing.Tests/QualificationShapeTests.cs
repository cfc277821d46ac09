using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Education entries as word-processor resumes outside software print them: British "School | Subject BSc | 2:1"
/// lines, school-leaving exams named whole, double degrees under one school, schools run together without a blank,
/// degree words of other languages, a status in brackets, and a "Qualifications" list of licences.</summary>
public sealed class QualificationShapeTests
{
    private static List<Resume.Model.Education> Degrees(string lines) =>
        Read($"Mira Calloway\nmira.calloway@example.com\n\nEDUCATION\n{lines}\n\nSKILLS\nExcel, Payroll\n").Education.ToList();

    [Fact]
    public void Subject_before_the_degree_initials_is_the_field_and_a_bare_classification_is_the_grade()
    {
        var school = Assert.Single(Degrees("Northcliff University | Marine Biology BSc | 2:1 | 2016 – 2019"));

        Assert.Equal(("Northcliff University", "BSc", "Marine Biology", "2:1"), (school.Institution, school.StudyType, school.Area, school.Score));
    }

    [Theory]
    [InlineData("Dunmore Park School | 10 GCSEs | 2009 – 2014", "GCSEs")]
    [InlineData("Dunmore Park School | 3 A-levels | 2014 – 2016", "A-levels")]
    public void A_count_of_exams_passed_is_no_part_of_the_qualification(string line, string type)
    {
        var school = Assert.Single(Degrees(line));

        Assert.Equal(("Dunmore Park School", type, (string?)null), (school.Institution, school.StudyType, school.Area));
    }

    [Fact]
    public void A_school_leaving_exam_is_named_whole_with_its_initials_after_it()
    {
        var schools = Degrees("Osu Presbyterian Senior High School, Accra (2010–2013)\nWest African Senior School Certificate Examination, WASSCE\n\n"
            + "Adenta Junior High School, Accra (2007-2010)\nBasic Education Certificate Examination");

        Assert.Equal([("West African Senior School Certificate Examination, WASSCE", null), ("Basic Education Certificate Examination", null)],
            schools.Select(s => (s.StudyType, s.Area)));
    }

    [Fact]
    public void Two_whole_degrees_under_one_school_are_a_degree_each_and_a_second_school_line_opens_its_own()
    {
        var schools = Degrees("University of Lakemont\nExpected Graduation: 2019\nBachelor of Science in Soil Ecology\n"
            + "Bachelor of Science in Water Policy\nMinor in Toxicology\nBrookhaven High School\nGraduated: 2015");

        Assert.Equal([("University of Lakemont", "Soil Ecology", "2019"), ("University of Lakemont", "Water Policy", "2019"), ("Brookhaven High School", null, "2015")],
            schools.Select(s => (s.Institution, s.Area, s.EndDate)));
    }

    [Theory]
    [InlineData("Université de Brest   2008 - 2010\nMaitrise en océanographie", "Maitrise", "océanographie")]
    [InlineData("Escola Estadual Ribeiro   2011 - 2013\nEnsino médio completo", "Ensino médio completo", null)]
    [InlineData("Hochschule Ravensau   2012 - 2016\nStudium Verfahrenstechnik", "Studium", "Verfahrenstechnik")]
    [InlineData("Govt College Sialkot   2009 - 2011\nF.Sc. (Pre-Medical)", "F.Sc.", "Pre-Medical")]
    [InlineData("Instituto Maré   2015 - 2016\nTec. Enfermagem", "Tec.", "Enfermagem")]
    public void Degree_words_of_other_countries_name_the_degree_not_the_field(string lines, string type, string? area)
    {
        var school = Assert.Single(Degrees(lines));

        Assert.Equal((type, area), (school.StudyType, school.Area));
    }

    [Fact]
    public void A_status_in_brackets_parts_the_degree_from_its_school_and_a_bracketed_school_is_the_school()
    {
        var schools = Degrees("Ensino fundamental (COMPLETO) EMEF Clarice Duarte\nEnsino medio (CURSANDO) EE Tomas Arruda");
        var bracketed = Assert.Single(Degrees("Ensino médio (colégio Horizonte)"));

        Assert.Equal([("EMEF Clarice Duarte", "Ensino fundamental"), ("EE Tomas Arruda", "Ensino medio")], schools.Select(s => (s.Institution, s.StudyType)));
        Assert.Equal(("colégio Horizonte", "Ensino médio"), (bracketed.Institution, bracketed.StudyType));
    }

    [Fact]
    public void A_qualifications_list_that_names_no_school_or_degree_is_certificates()
    {
        var resume = Read("Mira Calloway\nmira.calloway@example.com\n\nEducation\nNorthcliff University | Marine Biology BSc | 2016 – 2019\n\n"
            + "Employment History\nHarbour Café | Waitress | May 2019 – Present\n• Served forty covers a shift\n\n"
            + "Qualifications\n• Full UK Driving Licence\n• Enhanced Background Check\n• Level 3 Pool Lifeguard | 2018\n");

        Assert.Single(resume.Education);
        Assert.Equal(["Full UK Driving Licence", "Enhanced Background Check", "Level 3 Pool Lifeguard"], resume.Certificates.Select(c => c.Name));
    }
}

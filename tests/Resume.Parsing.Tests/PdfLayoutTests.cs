using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

public sealed class PdfLayoutTests
{
    private static readonly Person Person = People.Backend;

    [Fact]
    public void A_single_column_pdf_gives_every_field()
    {
        var resume = Read(PdfResume.SingleColumn(Person));

        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Label, resume.Basics.Label);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
        Assert.Equal("Gothenburg", resume.Basics.Location?.City);
        Assert.Equal("https://martalindqvist.dev", resume.Basics.Url);
        Assert.Contains(resume.Basics.Profiles, p => p is { Network: "LinkedIn", Username: "marta-lindqvist" });
        Assert.Contains(resume.Basics.Profiles, p => p is { Network: "GitHub", Url: "https://github.com/mlindqvist" });
        Assert.StartsWith("Backend engineer with eight years", resume.Basics.Summary);

        Assert.Collection(resume.Work,
            w =>
            {
                Assert.Equal(("Northwind Freight AB", "Senior Backend Engineer"), (w.Name, w.Position));
                Assert.Equal("2021-03", w.StartDate);
                Assert.Null(w.EndDate);
                Assert.Equal(Person.Jobs[0].Highlights, w.Highlights);
            },
            w =>
            {
                Assert.Equal(("Tallgrass Payments", "Software Engineer"), (w.Name, w.Position));
                Assert.Equal(("2017-09", "2021-02"), (w.StartDate, w.EndDate));
                Assert.Equal("Remote", w.Location);
            });
        Assert.Collection(resume.Education,
            e => Assert.Equal(("Chalmers University of Technology", "MSc", "Computer Science"), (e.Institution, e.StudyType, e.Area)),
            e => Assert.Equal(("University of Gothenburg", "BSc", "Mathematics", "GPA 3.8"), (e.Institution, e.StudyType, e.Area, e.Score)));
        Assert.Equal(["Languages", "Frameworks", "Infrastructure"], resume.Skills.Select(s => s.Name));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords), resume.Keywords());
        var certificate = Assert.Single(resume.Certificates);
        Assert.Equal(("Certified Kubernetes Application Developer", "CNCF", "2022-05"), (certificate.Name, certificate.Issuer, certificate.Date));
        Assert.Equal([("Swedish", "Native"), ("English", "Fluent")], resume.Languages.Select(l => (l.Name!, l.Fluency!)));
        Assert.Equal(
            [SectionKinds.Summary, SectionKinds.Work, SectionKinds.Education, SectionKinds.Skills, SectionKinds.Certificates, SectionKinds.Languages],
            resume.Meta.Sections.Select(s => s.Kind));
        Assert.Equal("PROFESSIONAL EXPERIENCE", resume.Meta.Sections[1].Heading);
        Assert.DoesNotContain(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.MultiColumn);
    }

    [Fact]
    public void Company_first_lines_are_read_the_other_way_round()
    {
        var resume = Read(PdfResume.SingleColumn(Person, titleFirst: false));
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
    }

    [Theory]
    [MemberData(nameof(DateStyles))]
    public void Dates_are_read_in_every_common_format(string style)
    {
        var dates = Styles[style];
        var resume = Read(PdfResume.SingleColumn(Person, dates));
        var yearOnly = dates == DateStyle.YearOnly;
        Assert.Equal(yearOnly ? ["2021", "2017"] : ["2021-03", "2017-09"], resume.Work.Select(w => w.StartDate));
        Assert.Equal([null, yearOnly ? "2021" : "2021-02"], resume.Work.Select(w => w.EndDate));
    }

    private static readonly Dictionary<string, DateStyle> Styles = new()
    {
        ["short"] = DateStyle.ShortMonth, ["long"] = DateStyle.LongMonth, ["numeric"] = DateStyle.Numeric,
        ["iso"] = DateStyle.Iso, ["dotted"] = DateStyle.Dotted, ["year"] = DateStyle.YearOnly,
    };

    public static TheoryData<string> DateStyles() => new(Styles.Keys);

    [Theory]
    [InlineData("▪")]
    [InlineData("–")]
    [InlineData("●")]
    [InlineData("◦")]
    [InlineData("⋄")]
    [InlineData("➜")]
    [InlineData("✦")]
    public void Bullets_of_any_glyph_become_highlights_with_wrapped_lines_joined(string bullet)
    {
        var resume = Read(PdfResume.SingleColumn(Person, bullet: bullet));
        Assert.Equal(Person.Jobs[0].Highlights, resume.Work[0].Highlights);
        Assert.Equal(Person.Jobs[1].Highlights, resume.Work[1].Highlights);
    }

    [Fact]
    public void Letter_spaced_headings_are_read_as_words()
    {
        var resume = Read(PdfResume.SingleColumn(Person, letterSpacedHeadings: true));
        Assert.Contains(resume.Meta.Sections, s => s is { Kind: SectionKinds.Work, Heading: "PROFESSIONALEXPERIENCE" });
        Assert.Equal(2, resume.Work.Count);
        Assert.Equal(2, resume.Education.Count);
    }

    [Fact]
    public void A_sidebar_layout_is_read_column_by_column_and_flagged()
    {
        var resume = Read(PdfResume.TwoColumn(Person));

        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs[0].Highlights, resume.Work[0].Highlights);
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords).Order(), resume.Keywords().Order());
        Assert.Contains(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.MultiColumn);
    }

    [Fact]
    public void Headings_in_a_label_column_and_a_table_with_a_header_row_are_read()
    {
        var resume = Read(PdfResume.Table(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(
            Person.Schools.Select(s => (s.Institution, s.Degree, s.Area)),
            resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!)));
        Assert.Equal(Person.Skills.Select(s => s.Name), resume.Skills.Select(s => s.Name!));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords), resume.Keywords());
    }

    [Fact]
    public void Dates_and_labels_in_a_left_margin_stay_with_their_lines()
    {
        var resume = Read(PdfResume.MarginDates(Person));

        Assert.Equal(Person.Name, resume.Basics.Name);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal(Person.Jobs[0].Highlights, resume.Work[0].Highlights);
        Assert.Equal(
            Person.Schools.Select(s => (s.Institution, s.Degree, s.Area, s.End.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!, e.EndDate!)));
        Assert.Equal(Person.Skills.Select(s => s.Name), resume.Skills.Select(s => s.Name!));
        Assert.Equal(Person.Skills.SelectMany(s => s.Keywords), resume.Keywords());
        Assert.Equal([SectionKinds.Work, SectionKinds.Education, SectionKinds.Skills], resume.Meta.Sections.Select(s => s.Kind));
    }

    [Theory]
    [InlineData("designer")]
    [InlineData("cyrillic")]
    [InlineData("cjk")]
    public void Names_in_any_script_survive(string who)
    {
        var person = who switch { "designer" => People.Designer, "cyrillic" => People.DataEngineer, _ => People.Cjk };
        var resume = Read(PdfResume.SingleColumn(person));
        Assert.Equal(person.Name, resume.Basics.Name);
        Assert.True(resume.Basics.Name!.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.Equal(person.Schools[0].Institution, resume.Education[0].Institution);
    }

    [Fact]
    public void A_name_and_page_number_repeated_in_every_footer_are_dropped()
    {
        var resume = Read(PdfResume.SingleColumn(People.Backend with { Jobs = [.. People.Backend.Jobs, .. People.Backend.Jobs, .. People.Backend.Jobs, .. People.Backend.Jobs] }, runningFooter: true));
        Assert.True(resume.Meta.PageCount >= 2);
        Assert.DoesNotContain(resume.Work.SelectMany(w => w.Highlights), h => h.Contains("page", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(resume.Keywords(), k => k.Contains("page", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(8, resume.Work.Count);
    }
}

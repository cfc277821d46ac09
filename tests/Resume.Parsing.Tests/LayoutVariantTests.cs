using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Layout traits that a parser tuned on a few files misses on other people's resumes (found with the holdout
/// generator in bench/Parse.Holdout), each built in code.</summary>
public sealed class LayoutVariantTests
{
    private static readonly Person Person = LayoutShapes.FourJobs;

    [Fact]
    public void A_sidebar_that_ends_high_on_the_page_is_still_its_own_column()
    {
        // Three times the achievements: the main column runs down the page, far below the sidebar's end.
        var busy = Person with { Jobs = [.. Person.Jobs.Select(j => j with { Highlights = [.. j.Highlights, .. j.Highlights, .. j.Highlights] })] };
        var resume = Read(LayoutShapes.ShortSidebar(busy));

        Assert.Equal(busy.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(busy.Jobs[0].Highlights, resume.Work[0].Highlights);
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
        Assert.Contains(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.MultiColumn);
    }

    [Fact]
    public void A_sparse_sidebar_of_contact_lines_under_a_name_set_across_the_page_is_its_own_column()
    {
        var resume = Read(LayoutShapes.SparseSidebar(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company.ToUpperInvariant(), j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
    }

    [Fact]
    public void A_letter_spaced_to_between_two_dates_joins_them_and_names_no_employer()
    {
        var resume = Read(LayoutShapes.LetterSpacedDateConnector(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => (j.Start.ToString("yyyy-MM"), j.End?.ToString("yyyy-MM"))),
            resume.Work.Select(w => (w.StartDate![..7], w.EndDate?[..7])));
    }

    [Fact]
    public void A_sidebar_whose_rows_share_baselines_with_the_main_column_is_still_its_own_column()
    {
        var resume = Read(LayoutShapes.LockstepSidebar(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
        Assert.Equal(Person.Email, resume.Basics.Email);
        Assert.Equal(Person.Phone, resume.Basics.Phone);
        Assert.Contains(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.MultiColumn);
    }

    [Fact]
    public void A_sidebar_with_headings_of_its_own_beside_a_main_column_with_its_own_is_its_own_column_however_its_rows_line_up()
    {
        var resume = Read(LayoutShapes.SectionedLockstepSidebar(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
        Assert.Equal(Person.Schools.Take(2).Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        Assert.Contains(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.MultiColumn);
    }

    [Fact]
    public void A_cell_set_flush_right_over_the_dates_is_the_place_however_unknown_the_town()
    {
        var person = Person with { Jobs = [.. Person.Jobs.Zip(["Quillfeather", "Brambleton", "Harrowgate", "Ostwick"], (j, name) => j with { Company = name })] };
        var resume = Read(LayoutShapes.TitleAndTownOverEmployerAndDates(person, "Fennick"));

        Assert.Equal(person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(person.Jobs.Select(j => j.Start.ToString("yyyy-MM")), resume.Work.Select(w => w.StartDate!));
        Assert.All(resume.Work, w => Assert.Equal("Fennick", w.Location));
    }

    [Fact]
    public void A_date_range_wrapped_in_the_dates_cell_before_an_entry_is_one_date_and_no_part_of_the_employer()
    {
        var resume = Read(LayoutShapes.WrappedDatesCell(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => (j.Start.ToString("yyyy-MM"), j.End?.ToString("yyyy-MM"))),
            resume.Work.Select(w => (w.StartDate!, w.EndDate)));
        Assert.Equal(Person.Schools.Select(s => (s.Institution, s.Start.Year.ToString(), s.End.Year.ToString())),
            resume.Education.Select(e => (e.Institution!, e.StartDate![..4], e.EndDate![..4])));
    }

    [Fact]
    public void Certificate_names_wrapped_in_a_sidebar_stay_whole_with_their_issuer_below()
    {
        var resume = Read(LayoutShapes.ShortSidebar(Person));

        Assert.Equal(2, resume.Certificates.Count);
        Assert.Equal("Certified Kubernetes Application Developer", resume.Certificates[0].Name);
        Assert.StartsWith("AWS Certified Solutions Architect", resume.Certificates[1].Name);
        Assert.Equal("Cloud Native Computing Foundation", resume.Certificates[0].Issuer);
        Assert.Equal(["2022-05", "2021-03"], resume.Certificates.Select(c => c.Date));
    }

    [Fact]
    public void Dates_and_places_flush_right_beside_short_lines_stay_on_their_lines()
    {
        var resume = Read(LayoutShapes.FlushRightShort(People.Backend));

        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal(People.Backend.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(People.Backend.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
        Assert.DoesNotContain(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.MultiColumn);
    }

    [Fact]
    public void A_date_range_wrapped_over_three_lines_of_a_margin_is_read_whole()
    {
        var resume = Read(LayoutShapes.WrappedMarginDates(Person));

        Assert.Equal(
            Person.Jobs.Select(j => (j.Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture),
                j.End?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))),
            resume.Work.Select(w => (w.StartDate!, w.EndDate)));
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.Equal(Person.Jobs[1].Highlights, resume.Work[1].Highlights);
        Assert.Equal(
            Person.Schools.Select(s => (s.Institution, s.Start.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture))),
            resume.Education.Select(e => (e.Institution!, e.StartDate!)));
        Assert.DoesNotContain(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.MultiColumn);
    }

    [Fact]
    public void Contact_lines_beside_a_large_name_are_not_pulled_into_it()
    {
        var resume = Read(LayoutShapes.NameBesideLinkedContact(People.Backend));

        Assert.Equal(People.Backend.Name, resume.Basics.Name);
        Assert.Equal(People.Backend.Email, resume.Basics.Email);
        Assert.Equal(People.Backend.Phone, resume.Basics.Phone);
        Assert.Equal("Gothenburg", resume.Basics.Location?.City);
    }

    [Fact]
    public void Network_names_that_are_links_give_the_profiles_behind_them()
    {
        var resume = Read(LayoutShapes.NameBesideLinkedContact(People.Backend));

        Assert.Contains(resume.Basics.Profiles, p => p is { Network: "GitHub", Username: "mlindqvist", Url: "https://github.com/mlindqvist" });
        Assert.Contains(resume.Basics.Profiles, p => p is { Network: "LinkedIn", Username: "marta-lindqvist" });
    }

    [Fact]
    public void Item_titles_set_like_headings_but_indented_do_not_open_sections()
    {
        var resume = Read(LayoutShapes.IndentedItemTitles(People.Backend));

        Assert.Equal([SectionKinds.Work, SectionKinds.Certificates, SectionKinds.Interests], resume.Meta.Sections.Select(s => s.Kind));
        Assert.Equal(["Trail running", "Board games", "Woodworking"], resume.Interests.Select(i => i.Name));
        Assert.Equal(People.Backend.Certificates.Select(c => c.Name), resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void A_pdf_laid_out_as_a_table_is_flagged_like_a_word_table()
    {
        var resume = Read(PdfResume.Table(People.Backend));
        Assert.Contains(resume.Meta.Warnings, w => w.Code == ParseWarningCodes.Tables);

        var plain = Read(PdfResume.SingleColumn(People.Backend));
        Assert.DoesNotContain(plain.Meta.Warnings, w => w.Code == ParseWarningCodes.Tables);
    }
}

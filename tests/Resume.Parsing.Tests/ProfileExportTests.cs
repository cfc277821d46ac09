using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// The shape of a job site's profile export ("Save to PDF"): a narrow sidebar of contact details and short lists at the
/// left running from the top of every page, the name large at the top of the main column, employers over the roles
/// held there with only a length of service under them, and paragraphs that describe each role.
/// </summary>
public sealed class ProfileExportTests
{
    private const double Side = 22, Main = 224, MainWidth = 365;

    [Fact]
    public void The_name_at_the_top_of_the_main_column_is_read_before_a_contact_block_beside_it()
    {
        var resume = Read(ShortProfile());

        Assert.Equal("Tomasz Achebe", resume.Basics.Name);
        Assert.Equal("tomasz.achebe@example.net", resume.Basics.Email);
        Assert.Equal([("Harbourlight Hotels", "Night Auditor")], resume.Work.Select(w => (w.Name, w.Position)));
    }

    [Theory]
    [InlineData("Villa Ángeles")]
    [InlineData("Hlavní město Brno")]
    [InlineData("Tarnowskie Góry")]
    public void A_town_no_list_knows_alone_under_the_headline_is_the_persons_city(string town)
    {
        var resume = Read(ShortProfile(town));

        Assert.Equal(town, resume.Basics.Location?.City);
        Assert.Equal("Hotel Operations", resume.Basics.Label);
    }

    [Fact]
    public void A_second_headline_line_under_the_headline_is_no_city()
    {
        var resume = Read(ShortProfile("Night Audit Supervisor"));

        Assert.Null(resume.Basics.Location?.City);
    }

    [Fact]
    public void A_phone_number_labelled_work_is_no_heading_and_the_name_beside_it_stays_the_name()
    {
        var resume = Read(LongProfile());

        Assert.Equal("Maren Okafor", resume.Basics.Name);
        Assert.Equal("617-555-0199", resume.Basics.Phone);
    }

    [Fact]
    public void Roles_under_an_employer_with_only_its_length_of_service_are_jobs_at_that_employer()
    {
        var resume = Read(LongProfile());

        Assert.Equal(
            [
                ("Narragansett Land Trust", "Program Director", "2021-03", null),
                ("Narragansett Land Trust", "Education Coordinator", "2017-05", "2021-03"),
                ("Blue Heron Outfitters", "Trip Leader", "2014-06", "2017-04"),
            ],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
    }

    [Fact]
    public void A_paragraph_describing_a_role_stays_with_it_and_heads_no_entry()
    {
        var resume = Read(LongProfile());

        Assert.Equal(3, resume.Work.Count);
        Assert.All(resume.Work, w => Assert.Contains("the", w.Summary ?? string.Join(' ', w.Highlights), StringComparison.Ordinal));
        Assert.Contains("volunteer naturalists", resume.Work[1].Summary ?? string.Join(' ', resume.Work[1].Highlights), StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraph_line_broken_before_a_small_word_still_reads_as_part_of_the_paragraph()
    {
        var resume = Read(LongProfile());

        Assert.Equal(3, resume.Work.Count);
        Assert.Contains("bird counts", resume.Work[2].Summary ?? string.Join(' ', resume.Work[2].Highlights), StringComparison.Ordinal);
    }

    [Fact]
    public void Certificates_wrapped_by_a_narrow_sidebar_are_told_apart_by_the_space_between_items()
    {
        var resume = Read(LongProfile());

        Assert.Equal(["Leave No Trace Master Educator Certification Course", "Wilderness First Responder"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void A_sidebar_list_carried_over_to_the_next_page_stays_in_its_section()
    {
        var resume = Read(LongProfile());

        Assert.Contains(resume.Publications, p => p.Name!.Contains("Watersheds", StringComparison.Ordinal));
        Assert.DoesNotContain(resume.Work, w => (w.Summary + string.Join(' ', w.Highlights) + w.Name + w.Position).Contains("Watersheds", StringComparison.Ordinal));
    }

    [Fact]
    public void A_profile_link_keeps_no_tracking_query_and_its_wrapped_print_makes_no_second_profile()
    {
        var resume = Read(LongProfile());

        var profile = Assert.Single(resume.Basics.Profiles, p => p.Network == "LinkedIn");
        Assert.Equal("https://www.linkedin.com/in/maren-okafor-4b21a7", profile.Url);
    }

    [Fact]
    public void Section_names_a_profile_export_prints_in_portuguese_open_their_sections()
    {
        var resume = Read("""
            Renata Lopes Vieira
            renata.vieira@example.com

            Resumo
            Analista com foco em rotinas fiscais.

            Experiência
            Distribuidora Sol Nascente
            Analista Fiscal
            2021 - 2024

            Formação acadêmica
            Universidade do Vale
            Bacharelado, Ciências Contábeis · (2016 - 2020)

            Principais competências
            Conciliação bancária
            """);

        Assert.Equal([SectionKinds.Summary, SectionKinds.Work, SectionKinds.Education, SectionKinds.Skills], resume.Meta.Sections.Select(s => s.Kind));
        Assert.Equal(("2021", "2024"), (Assert.Single(resume.Work).StartDate, resume.Work[0].EndDate));
        Assert.Equal("Universidade do Vale", Assert.Single(resume.Education).Institution);
    }

    /// <summary>One page, a sidebar of three contact lines beside the name, one job: too little text for two columns to
    /// show below the first heading.</summary>
    private static byte[] ShortProfile(string town = "Gdansk", string headline = "Hotel Operations")
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            c.Draw("Contact", Side, 13, y: 44);
            c.Draw("tomasz.achebe@example.net", Side, 10.5, y: 65);
            c.Draw("www.linkedin.com/in/tachebe", Side, 11, y: 89);
            c.Draw("(LinkedIn)", Side, 11, y: 103);
            c.Draw("Tomasz Achebe", Main, 26, y: 45);
            c.Draw(headline, Main, 12, y: 77);
            c.Draw(town, Main, 12, y: 92);
            c.Draw("Experience", Main, 15.8, y: 127);
            c.Draw("Harbourlight Hotels", Main, 12, y: 160);
            c.Draw("Night Auditor", Main, 11.5, y: 177);
            c.Draw("August 2016 - October 2022 (6 years 3 months)", Main, 10.5, y: 192);
            c.Draw("Gdansk, Pomorskie, Poland", Main, 10.5, y: 207);
        }
        return Save(document);
    }

    /// <summary>Two pages: the sidebar's last list runs over onto page two, the first employer holds two roles.</summary>
    private static byte[] LongProfile()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40, bottomMargin: 40))
        {
            var y = 44.0;
            void Sidebar(string text, double size = 10.5, double step = 17.6)
            {
                c.Draw(text, Side, size, y: y);
                y += step;
            }
            Sidebar("Contact", 13, 21.4);
            Sidebar("617-555-0199 (Work)", step: 12.6);
            Sidebar("maren.okafor@example.org", step: 24);
            var linkTop = y - 10;
            Sidebar("www.linkedin.com/in/maren-", 11, 14.4);
            Sidebar("okafor-4b21a7 (LinkedIn)", 11, 34);
            var height = c.Page.Height.Point;
            c.Page.AddWebLink(new PdfRectangle(new XPoint(Side, height - y + 20), new XPoint(Side + 160, height - linkTop)),
                "https://www.linkedin.com/in/maren-okafor-4b21a7?trk=pdf_profile&lipi=urn%3Ali%3Apage%3Ad_profile%3Bx2");
            Sidebar("Top Skills", 13, 21.4);
            Sidebar("Grant Writing");
            Sidebar("Volunteer Coordination");
            Sidebar("Watershed Monitoring", step: 33);
            Sidebar("Languages", 13, 21.4);
            Sidebar("Polish (Elementary)", step: 33);
            Sidebar("Certifications", 13, 21.4);
            Sidebar("Leave No Trace Master", step: 12.6);
            Sidebar("Educator Certification Course");
            Sidebar("Wilderness First Responder", step: 33);
            y = 738;
            Sidebar("Publications", 13, 21.4);

            // The name's baseline sits below the top of the sidebar's second line (the labelled phone number).
            c.Draw("Maren Okafor", Main, 26, y: 66);
            c.Draw("Program Director | Environmental Education | Nonprofit Leadership", Main, 12, y: 86);
            c.Draw("Providence, Rhode Island, United States", Main, 12, y: 101);
            c.Draw("Summary", Main, 15.8, y: 136);
            c.Y = 164;
            c.Paragraph("I build outdoor learning programs with schools, town conservation commissions and volunteers, and I "
                + "raise the money that keeps them running across the state.", Main, MainWidth, 12, leading: 18);
            c.Y += 14;
            c.Draw("Experience", Main, 15.8);
            c.Y += 33;
            Role(c, "Narragansett Land Trust", "7 years 2 months");
            Title(c, "Program Director", "March 2021 - Present (3 years 5 months)", "Providence, Rhode Island");
            c.Paragraph("I lead the trust's education team of six and run the school partnership program that brings "
                + "fourth graders from eleven districts to the preserves every spring, with the grants and reports "
                + "that fund it.", Main, MainWidth, 10.5, leading: 18);
            c.Y += 12;
            Title(c, "Education Coordinator", "May 2017 - March 2021 (3 years 11 months)", "Providence, Rhode Island");
            c.Paragraph("Recruited and trained the volunteer naturalists who guide the public walks and kept the "
                + "schedule of the field days for the schools that came to the preserves each season of the year.",
                Main, MainWidth, 10.5, leading: 18);
            c.Y += 22;
            Role(c, "Blue Heron Outfitters", null);
            Title(c, "Trip Leader", "June 2014 - April 2017 (2 years 11 months)", "Newport, Rhode Island");
            c.Paragraph("Guided kayak trips on the bay for groups of up to twelve people and taught the paddling "
                + "safety course that every new guide on the staff had to pass before leading any trip of their own "
                + "on the open water, in all weather the season brought, from the first week of May to the last "
                + "week of October, every year I worked there as a guide and later as the lead of the team.",
                Main, MainWidth, 10.5, leading: 18);

            c.NewPage();
            y = 44;
            Sidebar("Community Gardens as", step: 12.6);
            Sidebar("Classrooms");
            Sidebar("A Field Guide to Urban", step: 12.6);
            Sidebar("Watersheds");
            c.Y = 46;
            c.Paragraph("Later I planned the routes and the season's calendar with the owners, and wrote the guide "
                + "handbook that the shop still hands to every new member of its staff at the start of the summer.",
                Main, MainWidth, 10.5, leading: 18);
            c.Y += 18;
            // Broken well short of the column's edge, before a word that would have fitted.
            c.Draw("Contributed weekly bird counts and field notes to the", Main, 10.5);
            c.Y += 18;
            c.Draw("state's breeding survey for five seasons.", Main, 10.5);
            c.Y += 18;
            c.Y += 30;
            c.Draw("Education", Main, 15.8);
            c.Y += 29;
            c.Draw("University of Vermont", Main, 12);
            c.Y += 19;
            c.Draw("Bachelor of Science - BS, Environmental Studies · (2010 - 2014)", Main, 10.5);
        }
        return Save(document);

        static void Role(PdfCanvas c, string employer, string? length)
        {
            c.Draw(employer, Main, 12);
            c.Y += length is null ? 16.5 : 17.7;
            if (length is not null)
            {
                c.Draw(length, Main, 10.5);
                c.Y += 20.5;
            }
        }

        static void Title(PdfCanvas c, string title, string dates, string place)
        {
            c.Draw(title, Main, 11.5);
            c.Y += 15.3;
            c.Draw(dates, Main, 10.5);
            c.Y += 14.7;
            c.Draw(place, Main, 10.5);
            c.Y += 21.4;
        }
    }

    private static byte[] Save(PdfDocument document)
    {
        return document.ToBytes();
    }
}

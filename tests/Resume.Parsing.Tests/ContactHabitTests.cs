using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Fixtures.DocxResume;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Contact blocks as people outside the usual templates write them: numbers with no grouping, forms of personal
/// particulars, addresses with the postcode beside the town, a place told in a phrase.</summary>
public sealed class ContactHabitTests
{
    private const string Body = "\n\nEXPERIENCE\nStore Supervisor, Brightmart Ltd   Mar 2019 - Jun 2021\n- Ran the evening shift of twelve staff\n";

    private static string Header(params string[] lines) => "Noor Rahman\n" + string.Join('\n', lines) + Body;

    [Theory]
    [InlineData("07911123456")]
    [InlineData("9876543210")]
    public void A_national_number_written_as_one_run_of_digits_on_its_own_line_is_the_phone(string number)
    {
        var resume = Read(Header("noor.rahman@example.com", number));

        Assert.Equal(number, resume.Basics.Phone);
    }

    [Fact]
    public void A_row_of_labels_over_a_row_of_values_pairs_them_column_by_column()
    {
        static DocumentFormat.OpenXml.Wordprocessing.Paragraph TabbedRow(params string[] cells)
        {
            var paragraph = new DocumentFormat.OpenXml.Wordprocessing.Paragraph();
            for (var i = 0; i < cells.Length; i++)
            {
                if (i > 0)
                {
                    paragraph.Append(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.TabChar(),
                        new DocumentFormat.OpenXml.Wordprocessing.TabChar()));
                }
                paragraph.Append(new DocumentFormat.OpenXml.Wordprocessing.Run(new DocumentFormat.OpenXml.Wordprocessing.Text(cells[i])));
            }
            return paragraph;
        }
        var resume = Read(Compose((body, _) => body.Append(
            Styled("Noor Rahman", "Title"),
            TabbedRow("MOBILE", "EMAIL", "GITHUB", "LINKEDIN"),
            TabbedRow("9876543210", "noor.rahman@example.com", "@noorrahman", "noor-rahman-4821"),
            Styled("Experience", "Heading1"),
            Tabbed("Store Supervisor, Brightmart Ltd", "Mar 2019 - Jun 2021", bold: true),
            Bullet("Ran the evening shift of twelve staff"))));

        Assert.Equal("9876543210", resume.Basics.Phone);
        Assert.Equal("noor.rahman@example.com", resume.Basics.Email);
        Assert.Contains(resume.Basics.Profiles, p => p is { Network: "GitHub", Username: "noorrahman" });
    }

    [Fact]
    public void A_short_run_of_digits_under_a_phone_label_is_the_phone_but_not_without_it()
    {
        Assert.Equal("4471234", Read(Header("noor.rahman@example.com", "Mobile Number: 4471234")).Basics.Phone);
        Assert.Null(Read(Header("noor.rahman@example.com", "4471234")).Basics.Phone);
    }

    [Theory]
    [InlineData("(+220) 7627205")]
    [InlineData("(+233)241234567")]
    public void A_calling_code_in_brackets_before_an_unbroken_national_number_is_the_phone(string number)
    {
        var resume = Read(Header(number + "    noor.rahman@example.com    Serekunda, The Gambia"));

        Assert.Equal(number, resume.Basics.Phone);
    }

    [Theory]
    [InlineData("🌍 Valencia, Spain", "Valencia")]
    [InlineData("St. Paul, MN (Willing to relocate anywhere) | (651) 555-0119", "St. Paul")]
    [InlineData("Strandvej 14B\n2100 Frederiksberg, Danmark", "Frederiksberg")]
    public void The_town_is_read_past_an_icon_a_remark_in_brackets_and_the_postcode_before_it(string lines, string city)
    {
        var resume = Read(Header(["noor.rahman@example.com", .. lines.Split('\n')]));

        Assert.Equal(city, resume.Basics.Location?.City);
    }

    [Fact]
    public void A_fediverse_handle_is_no_email_address()
    {
        var resume = Read(Header("@noor@mastodon.social | noor.rahman@example.com | 914-555-0176"));

        Assert.Equal("noor.rahman@example.com", resume.Basics.Email);
    }

    [Theory]
    [InlineData("noor.rahman@example.comLinkedIn", "noor.rahman@example.com")]
    [InlineData("NOOR@EXAMPLE.COMSerekunda", "NOOR@EXAMPLE.COM")]
    public void An_address_run_into_the_next_word_ends_at_its_domain(string printed, string email)
    {
        var resume = Read(Header(printed, "914-555-0176"));

        Assert.Equal(email, resume.Basics.Email);
    }

    [Fact]
    public void A_calling_code_in_brackets_stays_with_the_number()
    {
        var resume = Read(Header("noor.rahman@example.com | (+1) 647-555-0142 | Toronto, ON"));

        Assert.Equal("(+1) 647-555-0142", resume.Basics.Phone);
    }

    [Fact]
    public void Personal_particulars_are_neither_the_location_nor_a_contact()
    {
        var resume = Read(Header("Nationality: Indian", "Date of Birth: 10.03.2004", "Gender (M/F): Female", "noor.rahman@example.com"));

        Assert.Null(resume.Basics.Location?.City);
        Assert.Null(resume.Basics.Phone);
        Assert.Equal("noor.rahman@example.com", resume.Basics.Email);
    }

    [Fact]
    public void Particulars_in_a_two_cell_table_are_left_out_too()
    {
        var resume = Read(Header("NATIONALITY", "INDIAN", "MOBILE NUMBER", "9876543210"));

        Assert.Null(resume.Basics.Location?.City);
        Assert.Equal("9876543210", resume.Basics.Phone);
    }

    [Fact]
    public void An_address_wrapped_in_a_narrow_cell_under_its_label_is_one_address()
    {
        var resume = Read(Header("EMAIL ID", "noorrahmankhan394", "4@example.com"));

        Assert.Equal("noorrahmankhan3944@example.com", resume.Basics.Email);
    }

    [Fact]
    public void A_space_before_the_top_level_domain_does_not_lose_the_address()
    {
        var resume = Read(Header("noor.rahman@gmail. com | 914-555-0176 | Baltimore, Maryland"));

        Assert.Equal("noor.rahman@gmail.com", resume.Basics.Email);
    }

    [Fact]
    public void A_place_told_in_a_phrase_gives_only_the_town()
    {
        var resume = Read(Header("Born 1990 in Saint-Petersburg, Russia", "noor.rahman@example.com"));

        Assert.Equal("Saint-Petersburg", resume.Basics.Location?.City);
    }

    [Theory]
    [InlineData("\u00C9")]
    [InlineData("\u00FC")]
    [InlineData("\u00A7")]
    public void A_lone_symbol_before_the_town_is_an_icon_the_printer_lacked_not_part_of_the_town(string icon)
    {
        var resume = Read("Noor Rahman\n( +33 6 12 34 56 78   |   " + icon + " Vannes, Pays de la Loire   |   noor.rahman@example.com\n\n"
            + "EXPERIENCE\nStore Supervisor | Brightmart Ltd, Vannes, Pays de la Loire   Mar 2019 - Jun 2021\n- Ran the evening shift of twelve staff\n");

        Assert.Equal("Vannes", resume.Basics.Location?.City);
        Assert.Equal("Brightmart Ltd", Assert.Single(resume.Work).Name);
    }

    [Fact]
    public void A_number_under_a_networks_word_in_the_column_beside_it_is_still_the_phone()
    {
        var resume = Read(Header("noor.rahman@example.com    LinkedIn", "+48 512 604 377    GitHub"));

        Assert.Equal("+48 512 604 377", resume.Basics.Phone);
    }

    [Fact]
    public void A_town_whose_name_opens_with_a_one_letter_article_keeps_it()
    {
        Assert.Equal("A Coruña", Read(Header("noor.rahman@example.com | A Coruña, Galicia")).Basics.Location?.City);
    }

    [Fact]
    public void A_country_told_in_a_phrase_names_no_town()
    {
        var resume = Read(Header("Senior Payroll Officer located in the Netherlands", "noor.rahman@example.com"));

        Assert.Null(resume.Basics.Location?.City);
    }

    [Fact]
    public void A_place_broken_at_its_own_hyphen_is_joined_with_the_hyphen_kept()
    {
        var resume = Read(Header("noor.rahman@example.com", "Born 1990 in Saint-", "Petersburg, Russia"));

        Assert.Equal("Saint-Petersburg", resume.Basics.Location?.City);
    }

    [Theory]
    [InlineData("Stuhrs Brygge 15, 1th. – (9000) Aalborg – Danmark", "Aalborg")]
    [InlineData("Tuticorin-628008", "Tuticorin")]
    [InlineData("Hauptstraße 5, 10115 Berlin", "Berlin")]
    [InlineData("Address: 14/2, Lindenring 7, 07743 Jena (Germany)", "Jena")]
    [InlineData("Via Roma 12, 40121 Bologna (Italia)", "Bologna")]
    [InlineData("Str. Florilor 3, 400000 Cluj-Napoca, Romania", "Cluj-Napoca")]
    [InlineData("Lenin Street 4, 630090 Novosibirsk (Russia)", "Novosibirsk")]
    public void The_town_beside_its_postcode_is_the_city(string address, string city)
    {
        var resume = Read(Header("noor.rahman@example.com", address));

        Assert.Equal(city, resume.Basics.Location?.City);
    }

    [Fact]
    public void A_separator_typed_into_a_links_address_is_not_part_of_the_profile()
    {
        var bytes = WordConstructs.Resume(People.Backend, (body, main) => body.Append(Styled("Noor Rahman", "Title"),
            Linked(main, ("noor.rahman@example.com | ", null), ("LinkedIn", "https://www.linkedin.com/in/noor-rahman-4471|"))));

        var profile = Assert.Single(Read(bytes).Basics.Profiles, p => p.Network == "LinkedIn");

        Assert.Equal("noor-rahman-4471", profile.Username);
        Assert.Equal("https://www.linkedin.com/in/noor-rahman-4471", profile.Url);
    }

    [Fact]
    public void A_networks_bare_name_beside_its_icon_is_no_profile()
    {
        var resume = Read(Header("noor.rahman@example.com | facebook.com | github.com/noorr"));

        var profile = Assert.Single(resume.Basics.Profiles);
        Assert.Equal("noorr", profile.Username);
    }

    [Theory]
    [InlineData("https://doi.org/10.1007/s10493-024-00909-4")]
    [InlineData("https://www.google.com/maps/place/Burlingame,+CA/@37.58,-122.38,14z")]
    public void A_papers_DOI_or_a_map_is_not_the_persons_website(string link)
    {
        var resume = Read(Header("noor.rahman@example.com | " + link));

        Assert.Null(resume.Basics.Url);
    }

    [Fact]
    public void An_area_code_in_brackets_before_an_address_on_the_same_line_keeps_its_brackets()
    {
        var resume = Read(Header("(309)-555-0162 noor.rahman@example.com"));

        Assert.Equal("(309)-555-0162", resume.Basics.Phone);
    }

    [Fact]
    public void A_zip_code_after_its_state_is_not_the_phone_and_an_office_phone_label_is_read()
    {
        var resume = Read(Header("C100 Benson Science Building, Provo, UT 84602-5700", "Office Phone: (801) 555-0123", "noor.rahman@example.com"));

        Assert.Equal("(801) 555-0123", resume.Basics.Phone);
        Assert.Equal("Provo", resume.Basics.Location?.City);
    }

    [Fact]
    public void A_number_with_its_kind_in_brackets_is_the_phone()
    {
        var resume = Read(Header("noor.rahman@example.com", "7735550134 (Mobile)"));

        Assert.Equal("7735550134", resume.Basics.Phone);
    }

    [Theory]
    [InlineData("1203 Hillcrest Blvd. Millbrae, CA 94030", "Millbrae")]
    [InlineData("359 Duckworth St, Barrie (ON)", "Barrie")]
    [InlineData("912 McNeil Ave, Mobile, AL 36609", "Mobile")]
    public void The_town_is_found_between_the_street_and_the_region(string address, string city)
    {
        var resume = Read(Header("noor.rahman@example.com", address));

        Assert.Equal(city, resume.Basics.Location?.City);
    }

    [Fact]
    public void A_referees_number_is_not_the_persons()
    {
        var text = "Noor Rahman\nnoor.rahman@example.com\n\nEXPERIENCE\nStore Supervisor, Brightmart Ltd   Mar 2019 - Jun 2021\n"
            + "- Ran the evening shift of twelve staff\n\nREFERENCES\nDana Whitfield, Store Manager, Brightmart Ltd\n(801) 555-0190\n"
            + "dana.whitfield@example.com\n";

        var resume = Read(text);

        Assert.Null(resume.Basics.Phone);
        Assert.Equal("noor.rahman@example.com", resume.Basics.Email);
    }

    [Theory]
    [InlineData("Marthasville, MO, 63357", "Marthasville")]
    [InlineData("10115 Berlin", "Berlin")]
    public void A_town_with_its_postcode_over_a_contact_block_set_after_the_sections_is_the_persons(string address, string city)
    {
        // A side column of contact details read after the main column lands under the last section's heading.
        var text = "Isla Warner\nTeaching kids to love learning\n\nEXPERIENCE\nKohls, Wentzville - Sales Associate\nJune 2021 - June 2022\n"
            + "- Folded clothes and worked the registers\n\nEDUCATION\nLindenwood University, B.A. Education, 2023 - 2027\n\n"
            + $"17028 Bunge Lane\n{address}\n(636) 555-0142\nisla.warner@example.com\n";

        var resume = Read(text);

        Assert.Equal(city, resume.Basics.Location?.City);
        Assert.Equal("Lindenwood University", Assert.Single(resume.Education).Institution);
    }

    [Fact]
    public void A_line_of_years_over_a_number_is_no_address()
    {
        var text = "Isla Warner\nisla.warner@example.com\n\nEDUCATION\nLindenwood University, B.A. Education\n2019 - 2023\n(636) 555-0142\n";

        Assert.Null(Read(text).Basics.Location?.City);
    }

    [Theory]
    [InlineData("Dr. Amara Okafor")]
    [InlineData("Prof Amara Okafor")]
    [InlineData("MS. AMARA OKAFOR")]
    public void A_form_of_address_before_the_name_is_no_part_of_it(string printed)
    {
        var resume = Read(printed + "\namara.okafor@example.com" + Body);

        Assert.Equal(printed.Contains("AMARA") ? "AMARA OKAFOR" : "Amara Okafor", resume.Basics.Name);
    }

    [Theory]
    [InlineData("Computer Science Student", "Alfie Marsh-Dalton")]
    [InlineData("Dalton", "Alfie Marsh Dalton")]
    public void A_job_title_set_as_large_as_the_name_on_the_line_below_is_not_part_of_it(string second, string name)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw(second == "Dalton" ? "Alfie Marsh" : "Alfie Marsh-Dalton", 72, 16, bold: true);
            c.Advance(29);
            c.Draw(second, 72, 16, bold: true);
            c.Advance(28);
            c.Draw("07398 555 280", 72, 12);
            c.Advance(24);
            c.Draw("alfie.marsh@example.com", 72, 12);
            c.Advance(48);
            c.Draw("Employment:", 72, 14);
            c.Advance(20);
            c.Draw("Kitchen Porter, The Red Lion Inn", 72, 11);
            c.Draw("09/20 - 09/21", 430, 11);
            c.Advance(15);
            c.Draw("- Kept the kitchen clean through busy weekend services.", 90, 11);
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(name, resume.Basics.Name);
    }

    [Fact]
    public void A_german_contact_block_gives_a_slashed_number_under_its_label_and_a_town_joined_by_small_words()
    {
        var resume = Read(Header("Telefon:0163/2055604", "Adresse: Kurpfalzstr. 54", "67433 Neustadt an der Weinstraße", "noor.rahman@example.de"));

        Assert.Equal("0163/2055604", resume.Basics.Phone);
        Assert.Equal("Neustadt an der Weinstraße", resume.Basics.Location?.City);
        Assert.Null(resume.Basics.Label);
    }

    [Fact]
    public void A_degree_abbreviation_is_no_website_and_a_links_label_is_no_user_name()
    {
        var resume = Read(Header("Akure, Nigeria | LinkedIn | GitHub Portfolio | noor.rahman@example.com",
            "B.Tech Statistics undergraduate with strong analytical skills, experienced in SQL, Excel and Python dashboards."));

        Assert.Null(resume.Basics.Url);
        Assert.DoesNotContain(resume.Basics.Profiles, p => p.Username == "Portfolio");
    }
}

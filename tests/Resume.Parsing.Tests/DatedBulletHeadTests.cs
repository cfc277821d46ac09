using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A word processor's list where each job is one bullet that opens on its years, a dash and the employer
/// ("• 2017-2019 – Emitech Sistemas LTDA – Barra Mansa RJ"), its post on a labelled line below ("Cargo: …") and a
/// paragraph on the work; the same section's later bullets list skills at the same margin.</summary>
public sealed class DatedBulletHeadTests
{
    [Fact]
    public void A_bullet_opening_on_its_years_heads_a_job_though_plain_bullets_share_its_margin()
    {
        var resume = Read(Page(
            Line(16, 720, "(Rog\xe9rio Tavares) Tj"),
            Line(10, 704, "(rogerio.tavares@example.com) Tj"),
            Line(10, 670, "(EXPERI\xcaNCIA PROFISSIONAL) Tj"),
            Bullet(646, "(2017-2019 \x96 Vale Norte Sistemas LTDA \x96 Barra Mansa RJ) Tj", bold: true),
            Line(10, 634, "(Cargo: Programador de Computador.) Tj", 108),
            Line(10, 622, "(Principais atividades: suporte ao sistema de faturamento e treinamento dos usu\xe1rios.) Tj", 108),
            Bullet(598, "(2011-2014 \x96 Serra Azul Beneficiamentos LTDA \x96 Volta Redonda RJ) Tj", bold: true),
            Line(10, 586, "(Cargo: Gerente de TI) Tj", 108),
            Line(10, 574, "(Principais atividades: planejamento dos servi\xe7os de tecnologia da informa\xe7\xe3o.) Tj", 108),
            Line(10, 550, "(Acapulco \\(2005\\).) Tj", 72),
            Line(10, 526, "(Qualifica\xe7\xf5es e atividades complementares) Tj"),
            Bullet(502, "(Programa\xe7\xe3o Clipper) Tj"),
            Bullet(490, "(Conhecimento em Power BI) Tj")));

        Assert.Equal(
            [("Vale Norte Sistemas LTDA", "Programador de Computador", "2017"), ("Serra Azul Beneficiamentos LTDA", "Gerente de TI", "2011")],
            resume.Work.Take(2).Select(w => (w.Name, w.Position, w.StartDate)));
        Assert.Equal("Barra Mansa RJ", resume.Work[0].Location);
    }

    [Fact]
    public void Short_lines_above_the_next_dated_bullet_close_the_job_before_it()
    {
        var resume = Read("""
            Rogério Tavares
            rogerio.tavares@example.com

            EXPERIÊNCIA PROFISSIONAL

            • 2015-2016 – Vale Norte Consultoria LTDA – Curitiba PR
            Cargo: Analista de Negócios.
            Principais atividades: implantação do módulo de compras e suporte aos usuários.
            Treinamento dos usuários.
            Programação ADVPL.
            • 2011-2014 – Serra Azul Beneficiamentos LTDA – Volta Redonda RJ
            Cargo: Gerente de TI.
            Principais atividades: planejamento dos serviços de tecnologia.
            """);

        Assert.Equal(
            [("Vale Norte Consultoria LTDA", "Analista de Negócios"), ("Serra Azul Beneficiamentos LTDA", "Gerente de TI")],
            resume.Work.Select(w => (w.Name, w.Position)));
    }

    [Fact]
    public void A_duty_opening_on_years_and_what_was_done_stays_a_highlight()
    {
        var resume = Read("""
            Dana Whitcombe
            dana.whitcombe@example.com

            Experience

            Warehouse Manager, Harbour Freight Ltd, 2016 – 2021
            • 2018–2019 – Led the move of the central warehouse to a new site.
            • Trained twelve forklift drivers.
            """);

        Assert.Equal(2, Assert.Single(resume.Work).Highlights.Count);
    }

    [Fact]
    public void Dated_sub_items_opening_on_a_colon_stay_items_of_the_appointment_above()
    {
        var resume = Read("""
            Élodie Marchetti
            elodie.marchetti@example.com

            Expériences professionnelles

            2017 – aujourd'hui : Maîtresse de conférences, Université de Valbourg
                * 2021-24: Projet Hydrorock (ANR), écoulements en milieu poreux
                * 2019-22: Projet Calcaria, stockage minéral du CO2
            """);

        Assert.Single(resume.Work);
    }

    private static string Line(double size, double y, string text, double x = 72, bool bold = false) =>
        $"BT /{(bold ? "F2" : "F1")} {size} Tf {x} {y} Td\n{text}\nET\n";

    private static string Bullet(double y, string text, bool bold = false) => Line(10, y, "(\x95) Tj", 90) + Line(10, y, text, 108, bold);

    private static byte[] Page(params string[] lines) => RawPdf.HelveticaPage(lines);
}

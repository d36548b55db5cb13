using TrivselsBot.CheckIns;

namespace TrivselsBot.Tests.CheckIns;

public sealed class CommentScrubberTests
{
    [Theory]
    [InlineData("Ring til mig på 23 45 67 89, hvis I vil vide mere.", "Ring til mig på [fjernet], hvis I vil vide mere.")]
    [InlineData("Min mobil er 23456789.", "Min mobil er [fjernet].")]
    [InlineData("Vagttelefonen: 7012 3456 – den virker ikke om natten.", "Vagttelefonen: [fjernet] – den virker ikke om natten.")]
    [InlineData("Tlf. 23-45-67-89 eller 2345-6789", "Tlf. [fjernet] eller [fjernet]")]
    [InlineData("Skriv på +45 23 45 67 89 eller +4523456789.", "Skriv på [fjernet] eller [fjernet].")]
    [InlineData("Pårørende ringede fra 0045 23456789 tre gange.", "Pårørende ringede fra [fjernet] tre gange.")]
    [InlineData("Skriv til anne.jensen@aarhus.dk om vagtplanen.", "Skriv til [fjernet] om vagtplanen.")]
    [InlineData("Kontakt: søren.ø@bosted-lyngen.kommune.dk!", "Kontakt: [fjernet]!")]
    [InlineData("Borgeren med cpr 010190-1234 var meget urolig.", "Borgeren med cpr [fjernet] var meget urolig.")]
    [InlineData("CPR 0101901234 stod på tavlen på kontoret.", "CPR [fjernet] stod på tavlen på kontoret.")]
    [InlineData("Hans nummer er 311299 1234.", "Hans nummer er [fjernet].")]
    public void Contact_details_and_cpr_numbers_are_removed(string comment, string expected)
    {
        Assert.Equal(expected, CommentScrubber.Scrub(comment));
    }

    [Theory]
    [InlineData("Vi var 3 borgere og 2 medarbejdere på vagt fra kl. 14.30 til 22.")]
    [InlineData("Siden 2023 har vi haft 12 sygemeldinger og 35 sager hver.")]
    [InlineData("Budgettet for 2023-2024 er skåret med 250.000 kr.")]
    [InlineData("Personalemødet blev flyttet til 24-12-2024 uden varsel.")]
    [InlineData("Vi har fået 1 500 000 kr. til efteruddannelse i 2025 2026.")]
    [InlineData("Rum 12 og 14 mangler alarmer, sag nr. 2024/1187.")]
    [InlineData("Det er 14 dage siden, vi sidst havde sparring.")]
    public void Ordinary_numbers_times_years_and_amounts_stay(string comment)
    {
        Assert.Equal(comment, CommentScrubber.Scrub(comment));
    }
}

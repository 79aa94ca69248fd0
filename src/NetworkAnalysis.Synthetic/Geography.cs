using static NetworkAnalysis.Synthetic.LegMode;
using static NetworkAnalysis.Synthetic.NameRegion;

namespace NetworkAnalysis.Synthetic;

/// <summary>
/// The countries and corridors the generator draws from: the well-documented routes into Europe (Eastern,
/// Central and Western Mediterranean, Balkans, the Channel, Belarus), intra-EU and Eastern European
/// trafficking flows, and two outside Europe (Central America to the US, Myanmar to Malaysia).
/// Fees and rates are round, plausible orders of magnitude, not statistics.
/// </summary>
internal static class Geography
{
    public static readonly Country[] Countries =
    [
        new("AF", "AFN", 78, Persian, "Herat", false),
        new("IR", "IRR", 45000, Persian, "Tabriz", false),
        new("TR", "TRY", 32, Turkish, "Istanbul", false),
        new("GR", "EUR", 1, Greek, "Athens", true),
        new("MK", "MKD", 61.5, Balkan, "Skopje", false),
        new("RS", "RSD", 117, Balkan, "Belgrade", false),
        new("HU", "HUF", 390, EastEuropean, "Budapest", false),
        new("AT", "EUR", 1, German, "Vienna", true),
        new("DE", "EUR", 1, German, "Berlin", true),
        new("SY", "SYP", 14000, Arabic, "Aleppo", false),
        new("BG", "BGN", 1.96, EastEuropean, "Sofia", false),
        new("IQ", "IQD", 1420, Arabic, "Erbil", false),
        new("BY", "BYN", 3.5, EastEuropean, "Minsk", false),
        new("PL", "PLN", 4.4, EastEuropean, "Warsaw", true),
        new("NG", "NGN", 1500, WestAfrican, "Benin City", false),
        new("NE", "XOF", 656, WestAfrican, "Agadez", false),
        new("LY", "LYD", 5.2, Maghreb, "Tripoli", false),
        new("IT", "EUR", 1, Italian, "Palermo", true),
        new("ER", "ERN", 16.5, HornOfAfrica, "Asmara", false),
        new("SD", "SDG", 650, HornOfAfrica, "Khartoum", false),
        new("FR", "EUR", 1, French, "Calais", true),
        new("MA", "MAD", 10.9, Maghreb, "Tangier", false),
        new("ES", "EUR", 1, Iberian, "Algeciras", true),
        new("SN", "XOF", 656, WestAfrican, "Dakar", false),
        new("MR", "MRU", 43, Maghreb, "Nouadhibou", false),
        new("GB", "GBP", 0.86, English, "London", true),
        new("VN", "VND", 26500, Vietnamese, "Nghe An", false),
        new("CN", "CNY", 7.8, Chinese, "Wenzhou", false),
        new("RU", "RUB", 98, EastEuropean, "Moscow", false),
        new("AL", "ALL", 103, Balkan, "Durres", false),
        new("PK", "PKR", 305, SouthAsian, "Gujrat", false),
        new("UA", "UAH", 41, EastEuropean, "Lviv", false),
        new("RO", "RON", 4.97, EastEuropean, "Bucharest", false),
        new("MD", "MDL", 19.3, EastEuropean, "Chisinau", false),
        new("BD", "BDT", 119, SouthAsian, "Sylhet", false),
        new("AE", "AED", 4, Arabic, "Dubai", false),
        new("NL", "EUR", 1, German, "Rotterdam", true),
        new("BE", "EUR", 1, French, "Brussels", true),
        new("GT", "GTQ", 8.5, Hispanic, "Quetzaltenango", false),
        new("MX", "MXN", 18.5, Hispanic, "Tapachula", false),
        new("US", "USD", 1.08, English, "Houston", true),
        new("MM", "MMK", 2270, SoutheastAsian, "Myawaddy", false),
        new("TH", "THB", 38.5, SoutheastAsian, "Mae Sot", false),
        new("MY", "MYR", 5.1, SoutheastAsian, "Kuala Lumpur", true),
        new("CZ", "CZK", 25, EastEuropean, "Prague", true),
    ];

    public static readonly Corridor[] Corridors =
    [
        new(["AF", "IR", "TR", "GR"], [Land, Land, Sea], 7000m, "USD", false, ExploitationForm.Labour),
        new(["TR", "GR", "MK", "RS", "HU", "AT", "DE"], [Sea, Land, Land, Land, Land, Land], 5500m, "EUR", false, ExploitationForm.Labour, ["SY", "AF", "IQ", "IR", "PK", "TR"]),
        new(["SY", "TR", "BG", "RS", "HU", "AT", "DE"], [Land, Land, Land, Land, Land, Land], 6000m, "USD", false, ExploitationForm.Labour),
        new(["IQ", "TR", "BY", "PL", "DE"], [Air, Air, Land, Land], 8000m, "USD", false, ExploitationForm.Labour),
        new(["NG", "NE", "LY", "IT"], [Land, Land, Sea], 3500m, "EUR", true, ExploitationForm.Sexual),
        new(["ER", "SD", "LY", "IT", "FR"], [Land, Land, Sea, Land], 5500m, "USD", true, ExploitationForm.Domestic),
        new(["MA", "ES", "FR"], [Sea, Land], 2500m, "EUR", false, ExploitationForm.Labour, ["MA", "MA", "SN", "NG"]),
        new(["SN", "MR", "ES"], [Sea, Sea], 1500m, "EUR", false, ExploitationForm.Labour),
        new(["IQ", "TR", "GR", "IT", "FR", "GB"], [Land, Sea, Sea, Land, Sea], 12000m, "USD", false, ExploitationForm.Labour),
        new(["VN", "CN", "RU", "BY", "PL", "DE", "FR", "GB"], [Land, Air, Land, Land, Land, Land, Sea], 28000m, "USD", true, ExploitationForm.Labour),
        new(["AL", "IT", "FR", "GB"], [Sea, Land, Sea], 6000m, "GBP", true, ExploitationForm.Sexual),
        new(["PK", "IR", "TR", "GR", "IT"], [Land, Land, Sea, Sea], 8000m, "USD", false, ExploitationForm.Labour),
        new(["UA", "PL", "DE"], [Land, Land], 900m, "EUR", true, ExploitationForm.Labour),
        new(["RO", "HU", "AT", "DE"], [Land, Land, Land], 500m, "EUR", true, ExploitationForm.Sexual),
        new(["MD", "RO", "IT"], [Land, Air], 1500m, "EUR", true, ExploitationForm.Domestic),
        new(["CN", "RS", "HU", "AT", "IT"], [Air, Land, Land, Land], 12000m, "USD", true, ExploitationForm.Labour),
        new(["BD", "AE", "LY", "IT"], [Air, Air, Sea], 9000m, "USD", false, ExploitationForm.Labour, ["BD", "BD", "PK"]),
        new(["GT", "MX", "US"], [Land, Land], 9000m, "USD", true, ExploitationForm.Labour),
        new(["MM", "TH", "MY"], [Land, Land], 1200m, "USD", true, ExploitationForm.Labour, ["MM", "MM", "BD"]),
        new(["VN", "CN", "RU", "BY", "PL", "CZ", "DE"], [Land, Air, Land, Land, Land, Land], 12000m, "USD", true, ExploitationForm.Labour),
        new(["NG", "NE", "LY", "IT", "FR", "NL"], [Land, Land, Sea, Land, Land], 4500m, "EUR", true, ExploitationForm.Sexual),
        new(["TR", "BG", "RO", "HU", "AT", "DE", "NL", "BE", "GB"], [Land, Land, Land, Land, Land, Land, Land, Sea], 9000m, "EUR", false, ExploitationForm.Labour, ["SY", "AF", "IQ", "IR", "TR"]),
    ];

    private static readonly Dictionary<string, Country> _byCode = Countries.ToDictionary(c => c.Code, StringComparer.Ordinal);

    public static Country Get(string code) => _byCode[code];

    /// <summary>Converts a euro amount to <paramref name="currency"/> at the rough rates of <see cref="Countries"/>.</summary>
    public static decimal FromEuro(decimal euros, string currency)
    {
        var rate = currency switch
        {
            "EUR" => 1.0,
            "USD" => 1.08,
            "GBP" => 0.86,
            _ => RateOf(currency),
        };
        return euros * (decimal)rate;
    }

    /// <summary>Converts an amount in <paramref name="currency"/> to euros at the rough rates of <see cref="Countries"/>.</summary>
    public static decimal ToEuro(decimal amount, string currency) => amount / FromEuro(1m, currency);

    private static double RateOf(string currency)
    {
        foreach (var c in Countries)
        {
            if (string.Equals(c.Currency, currency, StringComparison.Ordinal))
            {
                return c.PerEuro;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(currency), currency, "unknown currency");
    }
}

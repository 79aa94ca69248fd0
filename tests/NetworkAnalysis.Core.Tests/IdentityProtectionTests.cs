using NetworkAnalysis.Core;

namespace NetworkAnalysis.Core.Tests;

[NonParallelizable]
public class IdentityProtectionTests
{
    private static readonly Agent _victim = new("maria-lopez", AgentKind.Victim) { Name = "Maria Lopez", Sensitivity = Sensitivity.Victim };
    private static readonly Agent _witness = new("w-17", AgentKind.Person) { Name = "John Doe", Sensitivity = Sensitivity.Witness };
    private static readonly Agent _boss = new("boss", AgentKind.Person) { Name = "Emre Kaya" };

    [Test]
    public void DisplayId_SensitiveAgent_IsAPseudonymNotTheId()
    {
        var protection = new IdentityProtection("test key");
        var shown = protection.DisplayId(_victim);
        shown.Should().MatchRegex("^victim-[0-9a-f]{12}$");
        shown.Should().NotContain("maria");
        protection.DisplayName(_victim).Should().Be(shown);
        protection.DisplayId(_witness).Should().MatchRegex("^protected-[0-9a-f]{12}$");
        protection.DisplayName(_witness).Should().NotContain("John");
    }

    [Test]
    public void DisplayId_NonSensitiveAgent_IsShownAsIs()
    {
        var protection = new IdentityProtection("test key");
        protection.DisplayId(_boss).Should().Be("boss");
        protection.DisplayName(_boss).Should().Be("Emre Kaya");
        protection.DisplayName(new Agent("x", AgentKind.Person)).Should().Be("x");
    }

    [Test]
    public void Reveal_ShowsRealIdAndName()
    {
        var protection = new IdentityProtection("test key", reveal: true);
        protection.DisplayId(_victim).Should().Be("maria-lopez");
        protection.DisplayName(_victim).Should().Be("Maria Lopez");
    }

    [Test]
    public void Pseudonym_IsHmacSha256OfTheId()
    {
        // Independent computation of the documented rule: first 6 bytes of HMAC-SHA256(key, id) in hex.
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData("k"u8.ToArray(), "maria-lopez"u8.ToArray()).AsSpan(0, 6));
        new IdentityProtection("k").DisplayId(_victim).Should().Be("victim-" + expected);
    }

    [Test]
    public void Pseudonym_SameKey_StableAcrossInstances_DifferentKey_Differs()
    {
        new IdentityProtection("k1").DisplayId(_victim).Should().Be(new IdentityProtection("k1").DisplayId(_victim));
        new IdentityProtection("k1").DisplayId(_victim).Should().NotBe(new IdentityProtection("k2").DisplayId(_victim));
    }

    [Test]
    public void Pseudonym_DefaultKey_IsTheDocumentedConstant()
    {
        var previous = Environment.GetEnvironmentVariable(IdentityProtection.KeyEnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(IdentityProtection.KeyEnvironmentVariable, null);
            new IdentityProtection().DisplayId(_victim).Should().Be(new IdentityProtection(IdentityProtection.DefaultKey).DisplayId(_victim));
            Environment.SetEnvironmentVariable(IdentityProtection.KeyEnvironmentVariable, "from-env");
            new IdentityProtection().DisplayId(_victim).Should().Be(new IdentityProtection("from-env").DisplayId(_victim));
        }
        finally
        {
            Environment.SetEnvironmentVariable(IdentityProtection.KeyEnvironmentVariable, previous);
        }
    }

    [Test]
    public void Pseudonym_HundredThousandIds_AreDistinct()
    {
        var protection = new IdentityProtection("test key");
        var seen = new HashSet<string>();
        for (var i = 0; i < 100_000; i++)
        {
            seen.Add(protection.Pseudonym("victim-id-" + i, Sensitivity.Victim)).Should().BeTrue();
        }
    }

    [Test]
    public void Constructor_EmptyKey_Throws()
    {
        var act = () => new IdentityProtection("");
        act.Should().Throw<ArgumentException>();
    }
}

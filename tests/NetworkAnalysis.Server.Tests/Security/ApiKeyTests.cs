using NetworkAnalysis.Application.Security;
using NetworkAnalysis.Server.Security;

namespace NetworkAnalysis.Server.Tests.Security;

[TestFixture]
public sealed class ApiKeyTests
{
    [Test]
    public void Create_NewKey_StoresOnlySaltedHashThatMatchesOnlyItsSecret()
    {
        var now = DateTimeOffset.UtcNow;
        var (token, record) = ApiKeys.Create("alice", now, null);
        var (other, otherRecord) = ApiKeys.Create("alice", now, null);

        ApiKeys.TryParse(token, out var id, out var secret).Should().BeTrue();
        id.Should().Be(record.KeyId);
        ApiKeys.Matches(record, secret).Should().BeTrue();
        ApiKeys.Matches(record, secret[..^1] + (secret[^1] == 'A' ? 'B' : 'A')).Should().BeFalse();
        Convert.ToHexString(record.Hash).Should().NotContain(Convert.ToHexString(System.Text.Encoding.UTF8.GetBytes(secret)));
        record.Salt.Should().NotEqual(otherRecord.Salt);
        token.Should().NotBe(other);
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("Bearer")]
    [TestCase("netan_")]
    [TestCase("netan_0123456789abcdef")]
    [TestCase("netan_0123456789ABCDEF_aaaaaaaaaaaaaaaaaaaa")]
    [TestCase("netan_'; DROP TABLE users;--_aaaaaaaaaaaaaaaaaaaaaaaa")]
    public void TryParse_MalformedToken_IsRefusedBeforeAnyLookUp(string? token) =>
        ApiKeys.TryParse(token, out _, out _).Should().BeFalse();

    [Test]
    public void IsLive_ExpiredOrRevoked_IsFalse()
    {
        var now = DateTimeOffset.UtcNow;
        var (_, record) = ApiKeys.Create("bob", now.AddDays(-2), now.AddDays(-1));
        ApiKeys.IsLive(record, now).Should().BeFalse();
        ApiKeys.IsLive(record with { Expires = now.AddDays(1) }, now).Should().BeTrue();
        ApiKeys.IsLive(record with { Expires = null, Revoked = now }, now).Should().BeFalse();
    }

    [TestCase("http://0.0.0.0:5080")]
    [TestCase("http://*:5080")]
    [TestCase("http://+:5080")]
    [TestCase("http://127.0.0.1:5080;http://10.1.2.3:5080")]
    public void RequireSecretPseudonymKey_PublicKeyOutsideLoopback_RefusesToStart(string urls)
    {
        var act = () => SecurityServices.RequireSecretPseudonymKey(urls, null);
        act.Should().Throw<InvalidOperationException>().WithMessage("*NETAN_PSEUDONYM_KEY*");
        var withDefault = () => SecurityServices.RequireSecretPseudonymKey(urls, NetworkAnalysis.Core.IdentityProtection.DefaultKey);
        withDefault.Should().Throw<InvalidOperationException>();
        SecurityServices.RequireSecretPseudonymKey(urls, "a real secret");
    }

    [TestCase("http://127.0.0.1:5080")]
    [TestCase("http://localhost:5080")]
    [TestCase("http://[::1]:5080")]
    public void RequireSecretPseudonymKey_LoopbackOnly_StartsWithDefaultKey(string urls) =>
        SecurityServices.RequireSecretPseudonymKey(urls, null);
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NetworkAnalysis.Application.Security;

/// <summary>
/// The hash chain of the audit log. Each entry's hash is SHA-256 over its canonical form, which includes
/// the previous entry's hash and its own sequence number, so editing, deleting or reordering any entry
/// breaks the link at that entry. The canonical form is a JSON array of the fields in a fixed order with
/// invariant formatting (times as UTC ticks), so it does not depend on culture or serializer settings.
/// </summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The canonical bytes hashed for <paramref name="entry"/> (its <see cref="AuditEntry.Hash"/> excluded).</summary>
    public static byte[] Canonical(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            json.WriteNumberValue(entry.Sequence);
            json.WriteStringValue(entry.Time.UtcTicks.ToString(CultureInfo.InvariantCulture));
            json.WriteStringValue(entry.User);
            WriteOrNull(json, entry.Case);
            WriteOrNull(json, entry.Version?.ToString(CultureInfo.InvariantCulture));
            json.WriteStringValue(entry.Endpoint);
            json.WriteStringValue(entry.Parameters);
            WriteOrNull(json, entry.Records?.ToString(CultureInfo.InvariantCulture));
            json.WriteNumberValue(entry.Outcome);
            WriteOrNull(json, entry.Reason);
            json.WriteStringValue(entry.PreviousHash);
            json.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>The hash of <paramref name="entry"/> as it should be stored.</summary>
    public static string HashOf(AuditEntry entry) => Convert.ToHexStringLower(SHA256.HashData(Canonical(entry)));

    /// <summary><paramref name="draft"/> placed after <paramref name="previous"/> (null: first entry), with sequence and hashes set.</summary>
    public static AuditEntry Link(AuditEntry draft, AuditEntry? previous)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var linked = draft with
        {
            Sequence = (previous?.Sequence ?? 0) + 1,
            Time = draft.Time.ToUniversalTime(),
            PreviousHash = previous?.Hash ?? Genesis,
            Hash = "",
        };
        return linked with { Hash = HashOf(linked) };
    }

    /// <summary>Checks the chain in stored order; stops at the first broken link.</summary>
    public static async Task<AuditVerification> VerifyAsync(IAsyncEnumerable<AuditEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        long count = 0;
        var expectedPrevious = Genesis;
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var expectedSequence = count + 1;
            string? problem = null;
            if (entry.Sequence != expectedSequence)
            {
                problem = $"entry {entry.Sequence.ToString(CultureInfo.InvariantCulture)} is where entry {expectedSequence.ToString(CultureInfo.InvariantCulture)} should be (deleted or reordered)";
            }
            else if (!string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                problem = $"entry {entry.Sequence.ToString(CultureInfo.InvariantCulture)} does not follow the entry before it (previous hash differs: an entry was deleted, reordered or edited)";
            }
            else if (!string.Equals(HashOf(entry), entry.Hash, StringComparison.Ordinal))
            {
                problem = $"entry {entry.Sequence.ToString(CultureInfo.InvariantCulture)} was altered (its content does not match its hash)";
            }

            if (problem is not null)
            {
                return new AuditVerification(count, expectedSequence, problem);
            }

            expectedPrevious = entry.Hash;
            count++;
        }

        return new AuditVerification(count, null, null);
    }

    private static void WriteOrNull(Utf8JsonWriter json, string? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            json.WriteStringValue(value);
        }
    }
}

/// <summary>The result of <see cref="AuditChain.VerifyAsync"/>.</summary>
/// <param name="Verified">Entries checked and found intact before the first broken link (all of them when intact).</param>
/// <param name="BrokenAt">The sequence number of the first entry whose link is broken, or null when intact.</param>
/// <param name="Problem">One line describing the break, or null.</param>
public sealed record AuditVerification(long Verified, long? BrokenAt, string? Problem)
{
    /// <summary>Whether the whole chain is intact.</summary>
    public bool Intact => BrokenAt is null;
}

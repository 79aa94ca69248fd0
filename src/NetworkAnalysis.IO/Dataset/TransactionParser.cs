using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using NetworkAnalysis.Core;

namespace NetworkAnalysis.IO.Dataset;

/// <summary>
/// Turns the rows of a <see cref="RowBatch"/> from <c>transactions.csv</c> into transactions: fields stay
/// spans, endpoints resolve to the agent's index and id instance with one lookup each, codes and routes
/// are shared instances. One parser per batch, so batches parse on any thread without locks (the
/// agent table is only read).
/// </summary>
internal sealed class TransactionParser
{
    /// <summary>The batch slot of each format column; extra columns follow from <see cref="FirstExtra"/>.</summary>
    public const int Id = 0, Source = 1, Target = 2, Kind = 3, Time = 4, Amount = 5, Currency = 6, Country = 7, Route = 8, Persons = 9, Weight = 10, FirstExtra = 11;

    private const NumberStyles AmountStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign;
    private const NumberStyles WeightStyle = NumberStyles.Float;
    private const int MaxRoutes = 100_000;

    private static readonly string _kinds = string.Join(", ", DomainWords.TransactionKinds);

    private readonly string _file;
    private readonly TransactionNetworkBuilder _builder;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _failedAgents;
    private readonly string[] _extraNames;
    private readonly StringPool _strings = new();
    private readonly Dictionary<string, ImmutableArray<string>> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ImmutableArray<string>>.AlternateLookup<ReadOnlySpan<char>> _routeLookup;
    private readonly List<RuleViolation> _violations = [];
    private string _lastKindText = string.Empty;
    private TransactionKind _lastKind;

    public TransactionParser(string file, TransactionNetworkBuilder builder, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> failedAgents, string[] extraNames)
    {
        _file = file;
        _builder = builder;
        _failedAgents = failedAgents;
        _extraNames = extraNames;
        _routeLookup = _routes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Parses every row of <paramref name="batch"/>; failures go to its problem list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Parse(RowBatch batch)
    {
        try
        {
            for (var row = 0; row < batch.Rows; row++)
            {
                batch.Results[row] = ParseRow(batch, row, out batch.Sources[row], out batch.Targets[row]);
            }
        }
        catch (Exception e)
        {
            batch.Failure = e;
        }
        finally
        {
            batch.Parsed.Set();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Transaction? ParseRow(RowBatch batch, int row, out int sourceIndex, out int targetIndex)
    {
        var problems = batch.Problems.Count;
        var invariant = CultureInfo.InvariantCulture;
        var source = Endpoint(batch, row, Source, "source", out sourceIndex);
        var target = Endpoint(batch, row, Target, "target", out targetIndex);

        var text = batch.Field(row, Kind).Trim();
        var kind = _lastKind;
        if (text.IsEmpty)
        {
            Problem(batch, row, "kind", $"missing value: the transaction kind is required (one of: {_kinds})");
        }
        else if (!text.SequenceEqual(_lastKindText))
        {
            if (DomainWords.TryParseTransactionKind(text, out kind))
            {
                _lastKind = kind;
                _lastKindText = text.ToString();
            }
            else
            {
                Problem(batch, row, "kind", $"unknown transaction kind {ReadContext.Quote(text)} (expected one of: {_kinds})");
            }
        }

        DateTimeOffset? time = null;
        text = batch.Field(row, Time).Trim();
        if (!text.IsEmpty)
        {
            if (IsoTime.TryParse(text, out var parsed))
            {
                time = parsed;
            }
            else
            {
                Problem(batch, row, "time", $"{ReadContext.Quote(text)} is not an ISO 8601 date or date-time (e.g. 2024-03-01 or 2024-03-01T14:30:00Z)");
            }
        }

        decimal? amount = null;
        text = batch.Field(row, Amount).Trim();
        if (!text.IsEmpty)
        {
            if (decimal.TryParse(text, AmountStyle, invariant, out var parsed))
            {
                amount = parsed;
            }
            else
            {
                Problem(batch, row, "amount", $"{ReadContext.Quote(text)} is not a number (use '.' for decimals and no thousands separators, e.g. 1250.50)");
            }
        }

        string? currency = null;
        text = batch.Field(row, Currency).Trim();
        if (!text.IsEmpty && (currency = _strings.Code(text, 3)) is null)
        {
            Problem(batch, row, "currency", $"{ReadContext.Quote(text)} is not a three-letter ISO 4217 currency code");
        }

        string? country = null;
        text = batch.Field(row, Country).Trim();
        if (!text.IsEmpty && (country = _strings.Code(text, 2)) is null)
        {
            Problem(batch, row, "country", $"{ReadContext.Quote(text)} is not a two-letter ISO 3166-1 country code");
        }

        var route = ImmutableArray<string>.Empty;
        text = batch.Field(row, Route).Trim();
        if (!text.IsEmpty && !_routeLookup.TryGetValue(text, out route))
        {
            route = ParseRoute(batch, row, text);
        }

        int? persons = null;
        text = batch.Field(row, Persons).Trim();
        if (!text.IsEmpty)
        {
            if (int.TryParse(text, IntegerStyle, invariant, out var parsed))
            {
                persons = parsed;
            }
            else
            {
                Problem(batch, row, "persons", $"{ReadContext.Quote(text)} is not a whole number");
            }
        }

        var weight = 1.0;
        text = batch.Field(row, Weight).Trim();
        if (!text.IsEmpty && !double.TryParse(text, WeightStyle, invariant, out weight))
        {
            Problem(batch, row, "weight", $"{ReadContext.Quote(text)} is not a number");
            weight = 1.0;
        }

        // Endpoints, kind, codes and route are valid by construction; the extra-column names were
        // checked with the header. Only the numbers' own rules remain.
        RecordRules.CheckQuantities(weight, amount, persons, _violations);
        foreach (var v in _violations)
        {
            Problem(batch, row, v.Column, v.Message);
        }

        _violations.Clear();
        if (batch.Problems.Count > problems || source is null || target is null)
        {
            return null;
        }

        var id = batch.Field(row, Id).Trim();
        var transaction = new Transaction(source, target, kind)
        {
            Id = id.IsEmpty ? null : id.ToString(),
            Time = time,
            Amount = amount,
            Currency = currency,
            Country = country,
            Route = route,
            Persons = persons,
            Weight = weight,
            Attributes = _extraNames.Length == 0 ? null! : ReadContext.BuildAttributes(_extraNames, i => batch.Field(row, FirstExtra + i), _strings)!,
        };
        return transaction;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private string? Endpoint(RowBatch batch, int row, int slot, string column, out int index)
    {
        var id = batch.Field(row, slot).Trim();
        if (_builder.TryFindAgent(id, out index, out var stored))
        {
            return stored;
        }

        if (id.IsEmpty)
        {
            Problem(batch, row, column, $"missing value: the {column} agent id is required");
        }
        else if (!_failedAgents.Contains(id))
        {
            Problem(batch, row, column, $"unknown agent {ReadContext.Quote(id)} (not in {DatasetFiles.Agents})");
        }
        else
        {
            // The agent's own row was reported already; mark the row failed without a second message.
            batch.Problems.Add((row, null));
        }

        return null;
    }

    private ImmutableArray<string> ParseRoute(RowBatch batch, int row, ReadOnlySpan<char> text)
    {
        var stops = ImmutableArray.CreateBuilder<string>();
        foreach (var range in text.Split('>'))
        {
            var item = text[range].Trim();
            var code = _strings.Code(item, 2);
            if (code is null)
            {
                Problem(batch, row, "route", $"route stop {ReadContext.Quote(item)} is not a two-letter ISO 3166-1 country code (write routes as TR>GR>IT)");
                return ImmutableArray<string>.Empty;
            }

            stops.Add(code);
        }

        var route = stops.ToImmutable();
        if (_routes.Count < MaxRoutes)
        {
            _routes[text.ToString()] = route;
        }

        return route;
    }

    private void Problem(RowBatch batch, int row, string? column, string message) =>
        batch.Problems.Add((row, new InputProblem(_file, batch.Lines[row], column, message)));
}

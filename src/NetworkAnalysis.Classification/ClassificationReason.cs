namespace NetworkAnalysis.Classification;

/// <summary>One reason behind a classification, in words an analyst can put in a report.</summary>
/// <param name="Indicator">The indicator it comes from.</param>
/// <param name="Text">The reason in words with the group's value and, when the model knows them, the typical values of each type, e.g. <c>operates in 7 countries (typically small enterprise 1–2, transnational 3–9)</c>.</param>
/// <param name="Contribution">Its contribution to the log-odds of "transnational": positive for transnational, negative for small enterprise.</param>
/// <param name="Value">The indicator's value.</param>
public sealed record ClassificationReason(string Indicator, string Text, double Contribution, double? Value)
{
    /// <summary>The typical values of small enterprise-type groups for this indicator, when the model knows them.</summary>
    public TypicalRange? TypicalSmall { get; init; }

    /// <summary>The typical values of transnational groups for this indicator, when the model knows them.</summary>
    public TypicalRange? TypicalTransnational { get; init; }
}

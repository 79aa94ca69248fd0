namespace NetworkAnalysis.Core;

/// <summary>
/// A function an operation needs performed. One agent can perform several; see <see cref="FunctionSet"/>.
/// The data-format words are defined in <see cref="DomainWords"/>.
/// </summary>
public enum Function
{
    /// <summary><c>recruitment</c>: finding and enlisting migrants or victims.</summary>
    Recruitment,

    /// <summary><c>transport</c>: moving people across or within borders.</summary>
    Transport,

    /// <summary><c>protection</c>: escort, security and enforcers.</summary>
    Protection,

    /// <summary><c>document_forgery</c>: fraudulent travel or identity papers.</summary>
    DocumentForgery,

    /// <summary><c>money_laundering</c>: making criminal proceeds look legitimate.</summary>
    MoneyLaundering,

    /// <summary><c>corruption</c>: protection money and bribes to officials.</summary>
    Corruption,

    /// <summary><c>debt_collection</c>: collecting smuggling or trafficking debts, often by coercion.</summary>
    DebtCollection,

    /// <summary><c>exploitation</c>: sexual, labour or domestic exploitation of victims.</summary>
    Exploitation,

    /// <summary><c>harbouring</c>: facilitation of illegal stay (accommodation, hiding).</summary>
    Harbouring,

    /// <summary><c>financing</c>: funding the operation.</summary>
    Financing,

    /// <summary><c>intelligence</c>: intelligence gathering (on routes, controls, law enforcement).</summary>
    Intelligence,

    /// <summary><c>coordination</c>: organising the other functions.</summary>
    Coordination,
}

package org.ewcstation.services.history;

/** What the technician adds to a customer report at export: where, for whom, by whom (blank when not given). */
public record ReportDetails(String site, String customer, String technician) {

    public ReportDetails {
        site = site == null ? "" : site.strip();
        customer = customer == null ? "" : customer.strip();
        technician = technician == null ? "" : technician.strip();
    }
}

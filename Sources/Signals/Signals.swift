import Assessment

/**
 * Training subsidies (职业培训补贴): schedules of dated rules kept as data, and a calculator that
 * decides a claim with the reasons. <strong>API.</strong>
 */
package org.replyletter.subsidy;

@org.springframework.modulith.NamedInterface("persistence")
package cn.gov.nantong.govmedia.common.persistence;
